package org.majlis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * docker/compose.yaml, as docker-compose itself resolves it ({@code docker-compose config}; no Docker engine
 * runs here): the topology of scripts/cluster-up and scripts/replica-setup in containers. Only the balancer is
 * published; the instances read from the standby first and the primary as the fallback, and start once both answer.
 */
class ComposeTopologyTest {
    @Test
    void theComposeFileHoldsPrimaryStandbyTwoInstancesAndTheBalancer() throws Exception {
        Process config = new ProcessBuilder("docker-compose", "-f", "docker/compose.yaml", "config")
                .redirectErrorStream(true).start();
        String resolved = new String(config.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(config.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        assertEquals(0, config.exitValue(), resolved);
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(resolved).get("services");

        List<String> names = new ArrayList<>();
        services.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("balancer", "majlis1", "majlis2", "postgres", "replica"), names.stream().sorted().toList());
        List<String> published = new ArrayList<>();
        services.fields().forEachRemaining(service -> {
            if (service.getValue().has("ports")) {
                published.add(service.getKey());
            }
        });
        assertEquals(List.of("balancer"), published, "only the balancer's port is published");
        for (String instance : List.of("majlis1", "majlis2")) {
            JsonNode service = services.get(instance);
            assertEquals("replica:5432,postgres:5432", service.at("/environment/MAJLIS_DB_READ_HOSTS").asText());
            assertEquals("postgres", service.at("/environment/MAJLIS_DB_HOST").asText(), "writes on the primary");
            assertEquals("service_healthy", service.at("/depends_on/replica/condition").asText());
        }
        assertTrue(services.at("/replica/command").toString().contains("replica-start.sh"));
        assertTrue(services.at("/postgres/volumes").toString().contains("docker-entrypoint-initdb.d"),
                "the primary's init script allows replication and makes the standby's slot");
    }
}
