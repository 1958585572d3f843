#!/bin/sh
# Runs the corpus job on this machine without a Spark installation: Spark's jars come from the
# local Maven repository (the ones the tests use), the job from target/checkpolicy-spark.jar, the
# same jar spark-submit gets on a cluster. SPARK_MASTER picks the cores (default local[*]);
# JAVA_OPTS adds JVM flags (e.g. -Xmx4g). Arguments go to the job: --input … --output … (docs/scale.md).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/target/checkpolicy-spark.jar"
cp="$here/target/run.classpath"
if [ ! -f "$jar" ]; then
    echo "run-local.sh: build first: mvn -B install -DskipTests && mvn -B -f spark/pom.xml package -DskipTests" >&2
    exit 2
fi
if [ ! -f "$cp" ] || [ "$here/pom.xml" -nt "$cp" ]; then
    mvn -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp" >&2
fi
# Spark on Java 17 needs these packages opened; spark-submit adds them itself.
exec java ${JAVA_OPTS:-} \
    --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.util=ALL-UNNAMED \
    --add-opens=java.base/java.lang.invoke=ALL-UNNAMED \
    -Dspark.master="${SPARK_MASTER:-local[*]}" -Dspark.ui.enabled=false \
    -Dlog4j2.configurationFile="$here/src/main/config/log4j2-local.properties" \
    -cp "$jar:$(cat "$cp")" checkpolicy.spark.CorpusJob "$@"
