package vn.antq.models.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.core.ConditionTimeoutException;
import vn.antq.models.AntqModelsApplication;

/**
 * Another instance of the application in a JVM of its own, as a second server runs the same jar:
 * same classes (the test's class path), its own engine, its own job executor. Its output goes to a
 * file so that a failure can be read after the test.
 */
public final class SecondNode implements AutoCloseable {

    private static final String STARTED = "Started " + AntqModelsApplication.class.getSimpleName();

    private final Process process;
    private final Path log;

    private SecondNode(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java -Xmx384m … -cp <class path> AntqModelsApplication <args>}; returns at once. */
    static SecondNode start(Path log, List<String> args) throws IOException {
        // a test node on a small machine: a quick start that leaves node A its share of the CPU
        return start(log, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), args);
    }

    /** The same with the JVM options of a production node (the benchmark's second node). */
    public static SecondNode start(Path log, List<String> jvmOptions, List<String> args) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                // as the test JVM runs (surefire's argLine): evaluation dates are Vietnamese calendar days
                "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                AntqModelsApplication.class.getName()));
        command.addAll(args);
        Process process = new ProcessBuilder(command)
                .directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // a child process outlives its parent: even if the test JVM ends before @AfterAll, node B goes with it
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        return new SecondNode(process, log);
    }

    /**
     * Waits until Spring Boot reports the application started; fails early if the JVM exits. Another
     * process's start-up runs in wall time: no engine clock can stand in for it.
     */
    public void awaitStarted(Duration timeout) throws Exception {
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Node B exited with " + process.exitValue() + ":\n" + tail(40));
                }
                return output().contains(STARTED);
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("Node B did not start within " + timeout + ":\n" + tail(40), e);
        }
    }

    /** A crash: no shutdown hook, no orderly end of the job executor, its locks stay in the database. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String tail(int lines) throws IOException {
        List<String> all = output().lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** What the node wrote so far; a character cut in half by a running write reads as a replacement. */
    private String output() throws IOException {
        return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
