package org.jiulongpo.plan.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the deployment files against each other and against the modules, without a cluster or
 * a Docker engine: deploy/kubernetes (kustomize base and overlays) and docker-compose.yml.
 * What is checked are the mistakes that otherwise show only at deploy time: a Service or a
 * PodDisruptionBudget that selects nothing, a probe on a port the container does not open or not
 * on the management port (the only one health answers on), a
 * port that is not the one the module listens on, a password written into a manifest.
 *
 * <p>The checks read the files as written (the base plus whatever the kustomizations list as
 * resources); they do not apply the overlays' patches.
 */
class KubernetesManifestsTest {

    /** Surefire runs in suite-launcher/, the files are at the repository root. */
    private static final Path REPO = Path.of("..");
    private static final Path KUBERNETES = REPO.resolve("deploy").resolve("kubernetes");
    private static final Path COMPOSE = REPO.resolve("docker-compose.yml");
    private static final List<String> MODULES = List.of("indicators-service", "projects-service", "plan-service", "notifications-service",
            "gateway");

    /** Every YAML document under deploy/kubernetes, in file order. */
    private static List<Doc> allDocs;
    /** The documents that some kustomization lists as a resource (directly or through a base). */
    private static List<Doc> deployed;
    /** Every kustomization file under deploy/kubernetes. */
    private static List<Doc> kustomizations;

    record Doc(Path file, int index, Object body) {

        Map<String, Object> map() {
            return asMap(body);
        }

        String kind() {
            return body instanceof Map<?, ?> ? str(map().get("kind")) : null;
        }

        String name() {
            return str(asMap(map().get("metadata")).get("name"));
        }

        /** "Deployment/gateway (deploy/kubernetes/base/gateway.yaml, document 1)" */
        String where() {
            String what = kind() == null ? "document" : name() == null ? kind() : kind() + "/" + name();
            return what + " (" + REPO.relativize(file).normalize() + ", document " + (index + 1) + ")";
        }
    }

    /** A pod template, or the pods an operator makes, with the labels they carry. */
    record Pods(String owner, Map<String, Object> labels) {
    }

    @BeforeAll
    static void load() throws IOException {
        assertTrue(Files.isDirectory(KUBERNETES), KUBERNETES.toAbsolutePath().normalize() + " is missing");
        allDocs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path file : files.filter(KubernetesManifestsTest::isYaml).sorted().toList()) {
                allDocs.addAll(parse(file));
            }
        }
        kustomizations = allDocs.stream().filter(d -> isKustomization(d.file())).toList();
        Set<Path> resourceFiles = new LinkedHashSet<>();
        for (Doc k : kustomizations) {
            collectResourceFiles(k.file().getParent(), resourceFiles, new LinkedHashSet<>());
        }
        deployed = allDocs.stream().filter(d -> resourceFiles.contains(d.file().normalize())).toList();
    }

    @Test
    void everyManifestParsesAndTheKustomizationsDeploySomething() {
        assertFalse(kustomizations.isEmpty(), "no kustomization.yaml under " + KUBERNETES.normalize());
        List<String> problems = new ArrayList<>();
        for (Doc d : deployed) {
            if (!(d.body() instanceof Map<?, ?>) || d.kind() == null || d.map().get("apiVersion") == null
                    || d.name() == null) {
                problems.add(d.where() + ": a resource needs apiVersion, kind and metadata.name");
            }
        }
        assertFalse(kinds("Deployment").isEmpty(), "the kustomizations deploy no Deployment");
        report(problems);
    }

    @Test
    void kustomizationsListOnlyFilesThatExistAndNoSecretValues() {
        List<String> problems = new ArrayList<>();
        for (Doc k : kustomizations) {
            Path dir = k.file().getParent();
            for (String ref : referencedPaths(k.map())) {
                if (ref.contains("://")) {
                    problems.add(k.where() + ": remote reference " + ref + " (keep deployments reproducible)");
                } else if (!Files.exists(dir.resolve(ref))) {
                    problems.add(k.where() + ": lists " + ref + ", which does not exist");
                } else if (dir.resolve(ref).getFileName().toString().startsWith("secrets.example")) {
                    problems.add(k.where() + ": lists " + ref + ", the example must never be applied");
                }
            }
            if (k.map().get("secretGenerator") != null) {
                problems.add(k.where() + ": secretGenerator puts secret values in the repository");
            }
        }
        for (Doc d : kinds("Secret")) {
            if (d.map().get("data") != null || d.map().get("stringData") != null) {
                problems.add(d.where() + ": a Secret with values is part of the kustomization resources");
            }
        }
        report(problems);
    }

    @Test
    void everyDeploymentIsSelectedByItsOwnLabelsAndByAService() {
        List<String> problems = new ArrayList<>();
        List<Doc> services = kinds("Service");
        for (Doc d : kinds("Deployment")) {
            Map<String, Object> spec = asMap(d.map().get("spec"));
            Map<String, Object> podLabels = podLabels(d);
            Map<String, Object> matchLabels = asMap(asMap(spec.get("selector")).get("matchLabels"));
            if (matchLabels.isEmpty()) {
                problems.add(d.where() + ": spec.selector.matchLabels is empty");
            } else if (!subset(matchLabels, podLabels)) {
                problems.add(d.where() + ": selector " + matchLabels + " is not a subset of the pod labels " + podLabels);
            }
            if (!"jiulongpo-plan".equals(podLabels.get("app.kubernetes.io/part-of"))
                    || podLabels.get("app.kubernetes.io/name") == null) {
                problems.add(d.where() + ": pod labels need app.kubernetes.io/name and app.kubernetes.io/part-of=jiulongpo-plan");
            }
            boolean selected = services.stream().anyMatch(s -> {
                Map<String, Object> selector = asMap(asMap(s.map().get("spec")).get("selector"));
                return !selector.isEmpty() && subset(selector, podLabels);
            });
            if (!selected) {
                problems.add(d.where() + ": no Service selects its pods " + podLabels);
            }
        }
        report(problems);
    }

    @Test
    void disruptionBudgetsAndAutoscalersTargetExistingDeployments() {
        List<String> problems = new ArrayList<>();
        List<Doc> deployments = kinds("Deployment");
        for (Doc pdb : kinds("PodDisruptionBudget")) {
            Map<String, Object> matchLabels = asMap(asMap(asMap(pdb.map().get("spec")).get("selector")).get("matchLabels"));
            if (matchLabels.isEmpty() || deployments.stream().noneMatch(d -> subset(matchLabels, podLabels(d)))) {
                problems.add(pdb.where() + ": selector " + matchLabels + " matches no Deployment's pods");
            }
        }
        for (Doc hpa : kinds("HorizontalPodAutoscaler")) {
            Map<String, Object> spec = asMap(hpa.map().get("spec"));
            Map<String, Object> target = asMap(spec.get("scaleTargetRef"));
            boolean exists = "Deployment".equals(target.get("kind"))
                    && deployments.stream().anyMatch(d -> d.name().equals(target.get("name")));
            if (!exists) {
                problems.add(hpa.where() + ": scaleTargetRef " + target + " is not a Deployment of the kustomization");
            }
            if (!(spec.get("minReplicas") instanceof Integer min && spec.get("maxReplicas") instanceof Integer max
                    && min >= 1 && min <= max)) {
                problems.add(hpa.where() + ": needs 1 <= minReplicas <= maxReplicas");
            }
        }
        report(problems);
    }

    @Test
    void everyContainerHasProbesOnItsPortResourcesAndTheModulesPortAndImage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String module : MODULES) {
            if (kinds("Deployment").stream().noneMatch(d -> module.equals(d.name()))) {
                problems.add("deploy/kubernetes: no Deployment named " + module);
            }
        }
        for (Doc d : kinds("Deployment")) {
            String module = d.name();
            if (!MODULES.contains(module)) {
                problems.add(d.where() + ": named after no module of " + MODULES);
                continue;
            }
            int modulePort = quarkusPort(module, "quarkus.http.port");
            int managementPort = quarkusPort(module, "quarkus.management.port");
            for (Map<String, Object> c : containers(d)) {
                String where = d.where() + ", container " + c.get("name");
                Map<Object, Object> declared = new LinkedHashMap<>(); // name or number -> number
                for (Object p : asList(c.get("ports"))) {
                    Map<String, Object> port = asMap(p);
                    declared.put(port.get("containerPort"), port.get("containerPort"));
                    if (port.get("name") != null) {
                        declared.put(port.get("name"), port.get("containerPort"));
                    }
                }
                if (!declared.containsValue(managementPort)) {
                    problems.add(where + ": declares ports " + new LinkedHashSet<>(declared.values()) + ", but "
                            + module + "'s management interface listens on quarkus.management.port=" + managementPort);
                }
                Map<String, Object> annotations = asMap(asMap(asMap(asMap(d.map().get("spec")).get("template"))
                        .get("metadata")).get("annotations"));
                if (!String.valueOf(managementPort).equals(str(annotations.get("prometheus.io/port")))) {
                    problems.add(where + ": prometheus.io/port is " + annotations.get("prometheus.io/port")
                            + ", but metrics answer on quarkus.management.port=" + managementPort + " only");
                }
                if (!declared.containsValue(modulePort)) {
                    problems.add(where + ": declares ports " + new LinkedHashSet<>(declared.values()) + ", but " + module
                            + " listens on quarkus.http.port=" + modulePort);
                }
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    Map<String, Object> p = asMap(c.get(probe));
                    Map<String, Object> action = asMap(p.get("httpGet") != null ? p.get("httpGet") : p.get("tcpSocket"));
                    if (p.isEmpty()) {
                        problems.add(where + ": no " + probe);
                    } else if (!declared.containsKey(action.get("port"))) {
                        problems.add(where + ": " + probe + " uses port " + action.get("port")
                                + ", which the container does not declare " + declared.keySet());
                    } else if (!Objects.equals(declared.get(action.get("port")), managementPort)) {
                        problems.add(where + ": " + probe + " uses port " + action.get("port") + ", but health answers on "
                                + module + "'s quarkus.management.port=" + managementPort + " only");
                    }
                }
                Map<String, Object> resources = asMap(c.get("resources"));
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (asMap(resources.get(bound)).get(resource) == null) {
                            problems.add(where + ": no resources." + bound + "." + resource);
                        }
                    }
                }
                String image = str(c.get("image"));
                if (image == null || !module.equals(imageName(image))) {
                    problems.add(where + ": image " + image + " is not named after the module " + module);
                }
                Map<String, Object> security = asMap(c.get("securityContext"));
                if (!Boolean.TRUE.equals(security.get("readOnlyRootFilesystem"))) {
                    problems.add(where + ": securityContext.readOnlyRootFilesystem must be true");
                }
            }
            Map<String, Object> podSecurity = asMap(podSpec(d).get("securityContext"));
            if (!Boolean.TRUE.equals(podSecurity.get("runAsNonRoot"))) {
                problems.add(d.where() + ": pod securityContext.runAsNonRoot must be true");
            }
        }
        // The overlays rename images: the new name must still be the module's.
        for (Doc k : kustomizations) {
            for (Object i : asList(k.map().get("images"))) {
                Map<String, Object> image = asMap(i);
                String name = imageName(str(image.get("name")));
                String newName = image.get("newName") == null ? name : imageName(str(image.get("newName")));
                if (!MODULES.contains(name) || !Objects.equals(name, newName)) {
                    problems.add(k.where() + ": images entry " + image + " does not keep a module's image name");
                }
            }
        }
        report(problems);
    }

    @Test
    void noPasswordSecretOrKeyIsWrittenInline() {
        List<String> problems = new ArrayList<>();
        for (Doc d : kinds("Deployment")) {
            for (Map<String, Object> c : containersAndInitContainers(d)) {
                for (Object e : asList(c.get("env"))) {
                    Map<String, Object> env = asMap(e);
                    String name = String.valueOf(env.get("name")).toUpperCase(Locale.ROOT);
                    boolean sensitive = name.contains("PASSWORD") || name.contains("SECRET") || name.contains("KEY");
                    if (sensitive && (env.containsKey("value") || env.get("valueFrom") == null)) {
                        problems.add(d.where() + ", container " + c.get("name") + ": env " + env.get("name")
                                + " must come from valueFrom (a Secret), not an inline value");
                    }
                }
            }
        }
        report(problems);
    }

    @Test
    void everyNetworkPolicySelectsPodsThatExist() {
        List<Pods> pods = new ArrayList<>();
        for (Doc d : kinds("Deployment")) {
            pods.add(new Pods(d.where(), podLabels(d)));
        }
        // CloudNativePG labels the instance pods of a Cluster with cnpg.io/cluster=<name>.
        for (Doc c : kinds("Cluster")) {
            pods.add(new Pods(c.where(), Map.of("cnpg.io/cluster", c.name(), "cnpg.io/podRole", "instance")));
        }
        List<String> problems = new ArrayList<>();
        for (Doc np : kinds("NetworkPolicy")) {
            Map<String, Object> spec = asMap(np.map().get("spec"));
            if (!spec.containsKey("podSelector")) {
                problems.add(np.where() + ": no spec.podSelector");
                continue;
            }
            Map<String, Object> selector = asMap(spec.get("podSelector"));
            if (pods.stream().noneMatch(p -> selects(selector, p.labels()))) {
                problems.add(np.where() + ": spec.podSelector " + selector + " selects no pod of the kustomization");
            }
            // A peer with a podSelector and no namespaceSelector means pods of this namespace.
            for (Object rule : asList(spec.get("ingress"))) {
                for (Object peer : asList(asMap(rule).get("from"))) {
                    Map<String, Object> from = asMap(peer);
                    if (from.containsKey("podSelector") && !from.containsKey("namespaceSelector")) {
                        Map<String, Object> fromSelector = asMap(from.get("podSelector"));
                        if (pods.stream().noneMatch(p -> selects(fromSelector, p.labels()))) {
                            problems.add(np.where() + ": ingress from podSelector " + fromSelector + " selects no pod");
                        }
                    }
                }
            }
        }
        report(problems);
    }

    @Test
    void composeWaitsForHealthAndPublishesOnlyTheGateway() throws IOException {
        assertTrue(Files.isRegularFile(COMPOSE), COMPOSE.normalize() + " is missing");
        List<Doc> docs = parse(COMPOSE);
        assertEquals(1, docs.size(), COMPOSE.normalize() + ": expected one YAML document");
        Map<String, Object> services = asMap(docs.get(0).map().get("services"));
        List<String> problems = new ArrayList<>();
        if (!services.containsKey("postgres")) {
            problems.add("docker-compose.yml: no service postgres");
        } else if (asMap(asMap(services.get("postgres")).get("healthcheck")).get("test") == null) {
            problems.add("docker-compose.yml, service postgres: no healthcheck test");
        }
        for (String module : MODULES) {
            if (!services.containsKey(module)) {
                problems.add("docker-compose.yml: no service " + module);
            }
        }
        for (Map.Entry<String, Object> e : services.entrySet()) {
            String where = "docker-compose.yml, service " + e.getKey();
            Map<String, Object> service = asMap(e.getValue());
            if (MODULES.contains(e.getKey())) {
                Map<String, Object> dependsOn = asMap(service.get("depends_on"));
                if (dependsOn.isEmpty()) {
                    problems.add(where + ": depends_on must be a map with condition: service_healthy");
                }
                dependsOn.forEach((dependency, how) -> {
                    if (!"service_healthy".equals(asMap(how).get("condition"))) {
                        problems.add(where + ": depends_on " + dependency + " without condition: service_healthy");
                    }
                });
                if (asMap(service.get("healthcheck")).get("test") == null) {
                    problems.add(where + ": no healthcheck, so nothing can wait for it to be healthy");
                }
                String test = String.join(" ", asList(asMap(service.get("healthcheck")).get("test")).stream()
                        .map(String::valueOf).toList());
                int management = quarkusPort(e.getKey(), "quarkus.management.port");
                if (!test.contains("/dev/tcp/127.0.0.1/" + management + " ") || !test.contains("GET /q/health/ready ")) {
                    problems.add(where + ": the healthcheck must ask /q/health/ready on the management port " + management
                            + " (the API port does not answer it)");
                }
            }
            boolean publishes = !asList(service.get("ports")).isEmpty();
            if (publishes != "gateway".equals(e.getKey())) {
                problems.add(where + (publishes ? ": publishes ports, only the gateway may" : ": must publish its port"));
            }
        }
        report(problems);
    }

    // ---------------------------------------------------------------------------------------

    private static void report(List<String> problems) {
        if (!problems.isEmpty()) {
            fail(problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
        }
    }

    private static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private static boolean isKustomization(Path p) {
        String name = p.getFileName().toString();
        return name.equals("kustomization.yaml") || name.equals("kustomization.yml") || name.equals("Kustomization");
    }

    private static List<Doc> parse(Path file) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int i = 0;
            for (Object body : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
                if (body != null) { // an empty document, e.g. after a trailing "---"
                    docs.add(new Doc(file.normalize(), i, body));
                }
                i++;
            }
        } catch (RuntimeException e) {
            fail(REPO.relativize(file).normalize() + " is not valid YAML: " + e.getMessage(), e);
        }
        return docs;
    }

    /** The files a kustomization deploys: its resources, and those of any directory it lists. */
    private static void collectResourceFiles(Path dir, Set<Path> into, Set<Path> visiting) throws IOException {
        if (!visiting.add(dir.normalize())) {
            return;
        }
        Path file = Stream.of("kustomization.yaml", "kustomization.yml", "Kustomization")
                .map(dir::resolve).filter(Files::isRegularFile).findFirst().orElse(null);
        if (file == null) {
            return;
        }
        for (Doc k : parse(file)) {
            for (Object r : asList(k.map().get("resources"))) {
                Path p = dir.resolve(String.valueOf(r));
                if (Files.isDirectory(p)) {
                    collectResourceFiles(p, into, visiting);
                } else if (Files.isRegularFile(p)) {
                    into.add(p.normalize());
                }
            }
        }
    }

    /** Every local file or directory a kustomization names. */
    private static List<String> referencedPaths(Map<String, Object> k) {
        List<String> refs = new ArrayList<>();
        for (String key : List.of("resources", "components", "bases", "crds", "patchesStrategicMerge")) {
            asList(k.get(key)).forEach(r -> refs.add(String.valueOf(r)));
        }
        for (String key : List.of("patches", "patchesJson6902")) {
            for (Object p : asList(k.get(key))) {
                if (asMap(p).get("path") != null) {
                    refs.add(str(asMap(p).get("path")));
                }
            }
        }
        for (String key : List.of("configMapGenerator", "secretGenerator")) {
            for (Object g : asList(k.get(key))) {
                for (String files : List.of("files", "envs")) {
                    for (Object f : asList(asMap(g).get(files))) {
                        String s = String.valueOf(f);
                        refs.add(s.contains("=") ? s.substring(s.indexOf('=') + 1) : s);
                    }
                }
            }
        }
        return refs;
    }

    private static List<Doc> kinds(String kind) {
        return deployed.stream().filter(d -> kind.equals(d.kind())).toList();
    }

    private static Map<String, Object> podLabels(Doc deployment) {
        Map<String, Object> template = asMap(asMap(deployment.map().get("spec")).get("template"));
        return asMap(asMap(template.get("metadata")).get("labels"));
    }

    /** The containers that serve (init containers neither listen nor get probed). */
    private static List<Map<String, Object>> containers(Doc deployment) {
        List<Object> main = asList(podSpec(deployment).get("containers"));
        if (main.isEmpty()) {
            fail(deployment.where() + ": no containers");
        }
        return main.stream().map(KubernetesManifestsTest::asMap).toList();
    }

    private static List<Map<String, Object>> containersAndInitContainers(Doc deployment) {
        List<Map<String, Object>> all = new ArrayList<>();
        asList(podSpec(deployment).get("initContainers")).forEach(c -> all.add(asMap(c)));
        all.addAll(containers(deployment));
        return all;
    }

    private static Map<String, Object> podSpec(Doc deployment) {
        return asMap(asMap(asMap(deployment.map().get("spec")).get("template")).get("spec"));
    }

    private static boolean subset(Map<String, Object> selector, Map<String, Object> labels) {
        return selector.entrySet().stream().allMatch(e -> Objects.equals(String.valueOf(e.getValue()),
                labels.get(e.getKey()) == null ? null : String.valueOf(labels.get(e.getKey()))));
    }

    /** A Kubernetes label selector: matchLabels and matchExpressions; empty selects everything. */
    private static boolean selects(Map<String, Object> selector, Map<String, Object> labels) {
        if (!subset(asMap(selector.get("matchLabels")), labels)) {
            return false;
        }
        for (Object e : asList(selector.get("matchExpressions"))) {
            Map<String, Object> expr = asMap(e);
            Object value = labels.get(str(expr.get("key")));
            List<String> values = asList(expr.get("values")).stream().map(String::valueOf).toList();
            boolean ok = switch (String.valueOf(expr.get("operator"))) {
                case "In" -> value != null && values.contains(String.valueOf(value));
                case "NotIn" -> value == null || !values.contains(String.valueOf(value));
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** "registry.example.org/jiulongpo-plan/gateway:1.0.0" -> "gateway" */
    private static String imageName(String image) {
        String path = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(":") ? last.substring(0, last.indexOf(':')) : last;
    }

    private static int quarkusPort(String module, String key) throws IOException {
        Path file = REPO.resolve(module).resolve("src/main/resources/application.properties");
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        String port = properties.getProperty(key);
        if (port == null) {
            fail(REPO.relativize(file).normalize() + " sets no " + key);
        }
        return Integer.parseInt(port.trim());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}
