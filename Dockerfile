# syntax=docker/dockerfile:1

# ---- build stage ------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build

# Maven wrapper + POM first, so the dependency download is cached as its own layer
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src/ src/
# target/emulator/ (README's launch) without its class data archive: that one must be recorded by the
# JVM that runs it, the runtime stage's
RUN ./mvnw -B -DskipTests -Demulator.cds.skip=true package

# ---- runtime stage ----------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
WORKDIR /app

RUN groupadd --system app \
 && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app

COPY --from=build /build/target/emulator/ /app/
RUN chown -R app:app /app

USER app
# The class data archive, as `package` records it (README, Footprint): one start on a temporary
# embedded database that exits once it answered a few requests (TrainingRun). It never fails the
# image: without the archive the JVM starts as it would without class data sharing.
RUN timeout 300 java -XX:ArchiveClassesAtExit=/app/emulator.jsa -Demulator.training-run=true \
      -XX:+UseSerialGC -Xms64m -Xmx320m -jar /app/emulator.jar \
      --server.port=0 --spring.datasource.url= --emulator.embedded-postgres.data-directory= \
      >/tmp/emulator-training.log 2>&1 || echo "no class data archive: $(tail -n 5 /tmp/emulator-training.log)"; \
    rm -rf /tmp/* 2>/dev/null; true
EXPOSE 8080

# No HEALTHCHECK here: the temurin JRE image ships neither curl nor wget.
# The JVM flags of the README's run commands (see its Footprint section)
ENTRYPOINT ["java","-XX:SharedArchiveFile=/app/emulator.jsa","-XX:+UseSerialGC","-Xms64m","-Xmx320m","-jar","/app/emulator.jar"]
