# The portal as a container image: built with the Maven wrapper, run on Java 25 from Spring Boot's
# extracted layout with an AOT cache (JEP 483/514), which shortens the start (see the README's
# "Performance" section).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/gnlc-portal-*.jar /portal.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app portal
WORKDIR /app
COPY --from=build /portal.jar /tmp/portal.jar
RUN java -Djarmode=tools -jar /tmp/portal.jar extract --destination /app && rm /tmp/portal.jar \
    && chown -R portal /app
USER portal
# The training run: a start on a throw-away embedded database (the demo profile; production uses
# its own server), stopped once the context is refreshed; the JVM records what it loaded and linked.
RUN java -XX:AOTCacheOutput=/app/portal.aot -Dspring.context.exit=onRefresh -jar /app/portal.jar \
      --spring.profiles.active=demo --gnlc.embedded-database.data-directory=/tmp/aot-training \
    && rm -rf /tmp/aot-training
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/portal.aot", "-jar", "/app/portal.jar"]
