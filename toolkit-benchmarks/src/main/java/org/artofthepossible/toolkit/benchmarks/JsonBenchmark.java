package org.artofthepossible.toolkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.render.json.JsonRendererProvider;
import org.artofthepossible.toolkit.render.json.ToolkitJacksonModule;
import org.artofthepossible.toolkit.render.json.ToolkitJsonb;
import org.artofthepossible.toolkit.spi.Renderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The json renderer writing one case study, against Jackson databind writing the same record with
 * its default bean serialisation (target: at least 0.9 times its throughput), and, for reference,
 * the canonical Jackson module and the JSON-B configuration (Yasson) writing the same item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBenchmark {
    private Toolkit toolkit;
    private ContentItem study;
    private Renderer json;
    private ObjectMapper plain;
    private ObjectMapper canonical;
    private Jsonb jsonb;

    @Setup
    public void setUp() {
        toolkit = ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();
        study = toolkit.requireItem("oldham-social-prescribing", Locale.ENGLISH);
        json = new JsonRendererProvider().create(format -> Optional.empty());
        // Databind's own record serialisation, with the modules records of Optional and dates need.
        plain =
                new ObjectMapper()
                        .registerModule(new Jdk8Module())
                        .registerModule(new JavaTimeModule());
        canonical = new ObjectMapper().registerModule(new ToolkitJacksonModule());
        jsonb = JsonbBuilder.create(ToolkitJsonb.config(toolkit, Locale.ENGLISH));
    }

    @TearDown
    public void tearDown() throws Exception {
        jsonb.close();
    }

    @Benchmark
    public String renderer() {
        return json.render(
                View.item("oldham-social-prescribing"), toolkit, RenderOptions.defaults());
    }

    @Benchmark
    public String baselineObjectMapper() throws JsonProcessingException {
        return plain.writeValueAsString(study);
    }

    @Benchmark
    public String jsonb() {
        return jsonb.toJson(study);
    }

    @Benchmark
    public String jacksonModule() throws JsonProcessingException {
        return canonical
                .writer()
                .withAttribute(ToolkitJacksonModule.TOOLKIT, toolkit)
                .writeValueAsString(study);
    }
}
