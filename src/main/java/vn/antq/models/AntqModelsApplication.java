package vn.antq.models;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The workflow application for the community security models of the All-People National
 * Security Protection movement. The processes in {@code processes/} are the architecture;
 * {@code META-INF/processes.xml} lists what is deployed.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("antq-models")
public class AntqModelsApplication {

    public static void main(String[] args) {
        SpringApplication.run(AntqModelsApplication.class, args);
    }
}
