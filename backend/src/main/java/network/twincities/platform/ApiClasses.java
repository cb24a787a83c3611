package network.twincities.platform;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The API's own resources and providers: the classes of the application (not of its libraries) with
 * {@code @Path} or {@code @Provider}. Named to JAX-RS explicitly because the WAR bundles the RESTEasy
 * client (for Keycloak's admin API), whose {@code @Provider} classes Payara's Jersey would otherwise find
 * by scanning the libraries and try to run on the server.
 */
final class ApiClasses {

    private static final String ROOT = "network/twincities/";
    private static final String WAR_CLASSES = "WEB-INF/classes/";

    private ApiClasses() {}

    /** The resources and providers among the classes beside {@code anchor} (its directory or jar). */
    static Set<Class<?>> beside(Class<?> anchor) {
        var classes = new LinkedHashSet<Class<?>>();
        for (String name : classNames(anchor)) {
            try {
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                boolean concrete = !type.isInterface() && !Modifier.isAbstract(type.getModifiers());
                if (concrete && (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class))) {
                    classes.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not loadable here (e.g. it needs a library the deployment lacks): not part of the API
            }
        }
        return Collections.unmodifiableSet(classes);
    }

    /** Found from where the anchor's own class file is: a directory of classes, or a jar or WAR. */
    private static List<String> classNames(Class<?> anchor) {
        String own = anchor.getName().replace('.', '/') + ".class";
        URL url = anchor.getClassLoader().getResource(own);
        if (url == null) {
            throw new IllegalStateException("Could not find " + own);
        }
        try {
            if ("file".equals(url.getProtocol())) {
                var file = java.nio.file.Path.of(url.toURI());
                var root = file;
                for (int i = 0; i < own.split("/").length; i++) {
                    root = root.getParent();
                }
                var location = root;
                try (Stream<java.nio.file.Path> files = Files.walk(location)) {
                    return files.map(f -> location.relativize(f).toString().replace('\\', '/'))
                            .filter(ApiClasses::ours)
                            .map(ApiClasses::className)
                            .toList();
                }
            }
            var connection = url.openConnection();
            if (connection instanceof JarURLConnection jarConnection) {
                jarConnection.setUseCaches(false);
                try (var jar = jarConnection.getJarFile()) {
                    return jar.stream()
                            .map(entry -> entry.getName().startsWith(WAR_CLASSES)
                                    ? entry.getName().substring(WAR_CLASSES.length())
                                    : entry.getName())
                            .filter(ApiClasses::ours)
                            .map(ApiClasses::className)
                            .toList();
                }
            }
            throw new IllegalStateException("Cannot list the classes beside " + url);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the API's classes beside " + url, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Could not list the API's classes beside " + url, e);
        }
    }

    private static boolean ours(String file) {
        return file.startsWith(ROOT) && file.endsWith(".class") && !file.endsWith("package-info.class");
    }

    private static String className(String file) {
        return file.substring(0, file.length() - ".class".length()).replace('/', '.');
    }
}
