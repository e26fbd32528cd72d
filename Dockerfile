# Production image: built from the sources with the Maven wrapper, run on a JRE as an
# unprivileged user. The application needs an external PostgreSQL
# (SPRING_DATASOURCE_URL/USERNAME/PASSWORD); see docker-compose.yml.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace
# the wrapper and the POM first, so the dependency layer is cached between source changes
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:resolve dependency:resolve-plugins || true
COPY src src
RUN ./mvnw -B -DskipTests package \
    && cp target/thidua-*.jar /workspace/app.jar

FROM eclipse-temurin:17-jre
# curl for the health check only
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system thidua \
    && useradd --system --gid thidua --home-dir /app --shell /usr/sbin/nologin thidua \
    && mkdir -p /app/data \
    && chown -R thidua:thidua /app
WORKDIR /app
COPY --from=build --chown=thidua:thidua /workspace/app.jar /app/app.jar
USER thidua
ENV PORT=8080 \
    THIDUA_DEMO=false \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Dfile.encoding=UTF-8"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT}/actuator/health" > /dev/null || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
