# syntax=docker/dockerfile:1
# One image for every Strike service. The container's command picks what runs in it
# (`run --services signals`, `run --services risk`, ...); docker-compose.yml starts one container per service from
# this image. Build: `docker build -t strike:latest .` (BuildKit, the default builder since Docker 23, for the
# Maven cache mount). See docs/deployment.md.

# Build stage: the committed Maven wrapper builds the shaded jar exactly as `./strike` does on a workstation.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
# The cache mount keeps ~/.m2 (the wrapper's Maven and every dependency) between builds without putting it in a layer.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests package -pl app -am \
 && test -f app/target/strike.jar

# Runtime stage: a JRE, the jar, the committed sample data set, and a non-root user.
FROM eclipse-temurin:17-jre
# A fixed numeric id, so a mounted Kalshi key file can be given to this user (`chown 10001`, `chmod 600`) and
# orchestrators that require a non-root uid can check it.
RUN groupadd --system --gid 10001 strike \
 && useradd --system --uid 10001 --gid strike --home-dir /var/lib/strike --no-create-home \
      --shell /usr/sbin/nologin strike \
 && mkdir -p /var/lib/strike/data /etc/strike \
 && chown -R strike:strike /var/lib/strike
COPY --from=build /src/app/target/strike.jar /opt/strike/strike.jar
COPY --from=build /src/samples /opt/strike/samples
COPY --from=build /src/strike.example.yaml /opt/strike/strike.example.yaml
USER 10001:10001
# The working directory holds the process's state under data/ (the embedded broker's data/kafka when one container
# runs everything, the API's token secret): mount a volume at /var/lib/strike/data to keep it. The directory exists
# in the image, owned by strike, so a new named volume takes that owner.
WORKDIR /var/lib/strike
# In a container the metrics and health endpoint must listen on every interface to be reachable at all (the
# container network is the boundary); the configuration file or STRIKE_HTTP_HOST can still narrow it.
ENV STRIKE_HTTP_HOST=0.0.0.0
# 9400: /metrics and /health; 9410: the operator API (service api)
EXPOSE 9400 9410
# JVM flags: JAVA_TOOL_OPTIONS (e.g. -Xmx1g); the heap follows the container's memory limit by default.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/strike/strike.jar"]
CMD ["run"]
