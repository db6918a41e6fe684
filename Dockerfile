# The portal as a container image: built with the Maven wrapper, run on Java 25.
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
COPY --from=build /portal.jar /app/portal.jar
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
