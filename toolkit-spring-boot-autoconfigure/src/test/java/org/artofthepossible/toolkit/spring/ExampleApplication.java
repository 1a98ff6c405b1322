package org.artofthepossible.toolkit.spring;

import java.util.List;
import java.util.Locale;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An application that adds the starter and writes no toolkit bean of its own. */
@SpringBootApplication
public class ExampleApplication {
    @RestController
    static class Controller {
        private final ToolkitEngine engine;
        private final ToolkitRenderOptions options;

        Controller(ToolkitEngine engine, ToolkitRenderOptions options) {
            this.engine = engine;
            this.options = options;
        }

        @GetMapping("/case-studies/{id}")
        CaseStudy caseStudy(@PathVariable("id") String id) {
            return engine.toolkit().item(CaseStudy.class, id, options.get().locale()).orElseThrow();
        }

        @GetMapping("/case-studies")
        View caseStudies() {
            return View.list(ItemType.CASE_STUDY);
        }

        @GetMapping("/first-two")
        List<ContentItem> firstTwo() {
            return engine.toolkit().items().subList(0, 2);
        }

        @GetMapping("/locale")
        Locale locale() {
            return options.get().locale();
        }
    }
}
