package com.example.toolkitsite;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Run with {@code ../../mvnw spring-boot:run}, then open http://localhost:8080/. */
@SpringBootApplication
public class ToolkitSiteApplication {
    public static void main(String[] args) {
        SpringApplication.run(ToolkitSiteApplication.class, args);
    }
}
