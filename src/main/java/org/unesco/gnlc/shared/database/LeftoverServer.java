package org.unesco.gnlc.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;

/**
 * The embedded PostgreSQL is a process of its own: when the portal dies without stopping
 * it ({@code kill -9}, a crash, a power cut of the JVM only) it keeps running and holds
 * its data directory, and the next start would wait for it in vain. Before a start, this
 * finds such a server through the directory's {@code postmaster.pid} and stops it
 * cleanly, as {@code pg_ctl stop -m fast} does, so that PostgreSQL writes everything out
 * before the new server takes the directory.
 *
 * <p>
 * Only the process named by that file is ever touched, and only when it is alive, runs
 * the PostgreSQL server binary and serves this very directory. Anything else is left
 * alone.
 */
final class LeftoverServer {

	static final Duration LONGEST_STOP = Duration.ofSeconds(60);

	private LeftoverServer() {
	}

	/**
	 * Stops the server left running on this data directory, if there is one; answers
	 * whether it did. Tells what it does in the log (a deferred one while the portal is
	 * starting).
	 */
	static boolean stopIfRunning(Path dataDirectory, Log log) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		Optional<ProcessHandle> server = serverOf(directory);
		if (server.isEmpty()) {
			return false;
		}
		long pid = server.get().pid();
		log.warn("A PostgreSQL server (pid " + pid + ") left behind by an earlier run still holds " + directory
				+ "; stopping it cleanly");
		if (!stopWithPgCtl(server.get(), directory, log)) {
			// pg_ctl is not where the server's binary is, or failed: the same request as
			// a signal
			// to that process only (SIGTERM, a "smart" stop: its clients are gone with
			// the old JVM).
			server.get().destroy();
		}
		if (!awaitExit(server.get())) {
			throw new IllegalStateException("The PostgreSQL server (pid " + pid + ") left running on " + directory
					+ " did not stop within " + LONGEST_STOP.toSeconds() + " s; stop it, then start again");
		}
		log.info("Stopped the leftover PostgreSQL server (pid " + pid + "); starting afresh on " + directory);
		return true;
	}

	/**
	 * The live server process that {@code postmaster.pid} names, provided it is the
	 * PostgreSQL server of this directory. PostgreSQL itself deals with a file whose
	 * process is gone.
	 */
	static Optional<ProcessHandle> serverOf(Path directory) {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(pidFile);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + pidFile, ex);
		}
		if (lines.size() < 2 || !isNumber(lines.get(0).strip())) {
			return Optional.empty();
		}
		// Line 1: the postmaster's pid; line 2: the data directory it serves.
		if (!sameDirectory(Path.of(lines.get(1).strip()), directory)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
			.filter(ProcessHandle::isAlive)
			.filter(process -> isPostgresServing(process, directory));
	}

	/**
	 * The process runs a binary named postgres, and works in (or was started on) this
	 * directory.
	 */
	private static boolean isPostgresServing(ProcessHandle process, Path directory) {
		Optional<String> command = process.info().command();
		if (command.isEmpty() || !Path.of(command.get()).getFileName().toString().matches("postgres(\\.exe)?")) {
			return false;
		}
		// The postmaster makes its data directory its working directory (Linux shows it
		// in /proc).
		Path workingDirectory = Path.of("/proc", Long.toString(process.pid()), "cwd");
		if (sameDirectory(workingDirectory, directory)) {
			return true;
		}
		List<String> arguments = process.info().arguments().map(List::of).orElse(List.of());
		int flag = arguments.indexOf("-D");
		return flag >= 0 && flag + 1 < arguments.size() && sameDirectory(Path.of(arguments.get(flag + 1)), directory);
	}

	private static boolean stopWithPgCtl(ProcessHandle server, Path directory, Log log) {
		Optional<Path> pgCtl = server.info()
			.command()
			.map(command -> Path.of(command).resolveSibling("pg_ctl"))
			.filter(Files::isExecutable);
		if (pgCtl.isEmpty()) {
			return false;
		}
		try {
			Process stop = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", directory.toString(), "-m", "fast",
					"-w", "-t", Long.toString(LONGEST_STOP.toSeconds()))
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			return stop.waitFor(LONGEST_STOP.toSeconds() + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
		}
		catch (IOException ex) {
			log.warn("pg_ctl could not be run (" + ex.getMessage() + "); signalling the server instead");
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean awaitExit(ProcessHandle server) {
		try {
			server.onExit().get(LONGEST_STOP.toSeconds(), TimeUnit.SECONDS);
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
		catch (ExecutionException ex) {
			return !server.isAlive();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean sameDirectory(Path one, Path other) {
		try {
			return Files.isDirectory(one) && Files.isDirectory(other) && Files.isSameFile(one, other);
		}
		catch (IOException | SecurityException unreadable) {
			return false;
		}
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.length() < 19 && text.chars().allMatch(Character::isDigit);
	}

}
