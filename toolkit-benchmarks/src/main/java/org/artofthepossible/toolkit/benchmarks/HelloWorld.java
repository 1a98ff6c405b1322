package org.artofthepossible.toolkit.benchmarks;

/** The smallest Java program, the baseline of {@link ProcessBenchmark}. */
public final class HelloWorld {
    private HelloWorld() {}

    /**
     * Says hello.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
