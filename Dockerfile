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
RUN ./mvnw -B -DskipTests package

# ---- runtime stage ----------------------------------------------------------------------------
FROM eclipse-temurin:17-jre
WORKDIR /app

RUN groupadd --system app \
 && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app

COPY --from=build /build/target/voucherify-emulator-*.jar /app/app.jar
RUN chown -R app:app /app

USER app
EXPOSE 8080

# No HEALTHCHECK here: the temurin JRE image ships neither curl nor wget.
# The JVM flags of the README's run commands (see its Footprint section)
ENTRYPOINT ["java","-XX:+UseSerialGC","-Xms64m","-Xmx320m","-jar","/app/app.jar"]
