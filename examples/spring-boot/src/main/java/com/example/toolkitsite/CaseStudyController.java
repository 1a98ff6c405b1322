package com.example.toolkitsite;

import org.artofthepossible.toolkit.ItemNotFoundException;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import org.artofthepossible.toolkit.spring.ToolkitRenderOptions;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The case studies as pages and as JSON, from the engine the starter made. */
@RestController
public class CaseStudyController {
    private final ToolkitEngine engine;
    private final ToolkitRenderOptions options;

    public CaseStudyController(ToolkitEngine engine, ToolkitRenderOptions options) {
        this.engine = engine;
        this.options = options;
    }

    private RenderOptions page() {
        return options.get().withMode(RenderOptions.Mode.DOCUMENT);
    }

    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    public String caseStudies() {
        return engine.render(View.list(ItemType.CASE_STUDY), "html", page()).content();
    }

    @GetMapping(value = "/case-studies/{id}/", produces = MediaType.TEXT_HTML_VALUE)
    public String caseStudy(@PathVariable("id") String id) {
        RenderOptions page = page();
        find(id, page);
        return engine.render(View.item(id), "html", page).content();
    }

    /** The canonical JSON, labels in the request's language, written by the starter's module. */
    @GetMapping("/api/case-studies/{id}")
    public CaseStudy caseStudyJson(@PathVariable("id") String id) {
        return find(id, options.get());
    }

    private CaseStudy find(String id, RenderOptions options) {
        return engine.toolkit()
                .item(CaseStudy.class, id, options.locale())
                .orElseThrow(() -> new ItemNotFoundException(id, "there is no case study " + id));
    }

    @GetMapping(value = "/assets/toolkit.css", produces = "text/css")
    public String stylesheet() {
        return HtmlRendererProvider.stylesheet();
    }

    @ExceptionHandler(ItemNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(ItemNotFoundException e) {
        return e.getMessage();
    }
}
