/*
 * Load generator for bench/ingest.py: publishes QoS 1 messages with libmosquitto
 * at a fixed rate or as fast as the broker acknowledges them, and prints its own
 * figures as one JSON line. Built by the benchmark into bench/_build/.
 *
 *   ingest_pub HOST PORT USER PASS TOPIC_PREFIX N_SOURCES COUNT RATE KIND WINDOW
 *
 * Topics are TOPIC_PREFIX + source index (e.g. soc/v1/disaster/flood/BENCH-17),
 * sources taken round robin. KIND "flood" sends one reading per message,
 * "vd" a TDX VDLive-shaped record with 4 lanes, one all -99 (12 readings). The observation
 * time is the wall clock in epoch milliseconds, kept strictly increasing per
 * source so that no two messages share a natural key. RATE 0 means "as fast as
 * possible"; WINDOW bounds the unacknowledged messages (like a real publisher).
 *
 * One thread drives the libmosquitto loop itself (no mosquitto_loop_start):
 * with the library's network thread every publish costs a socketpair write, a
 * select wake-up and a thread switch before the packet's own send (24 µs of CPU
 * per message measured); here mosquitto_publish sends at once and PUBACKs are
 * read every READ_EVERY messages or while the window is full. At a fixed rate
 * the messages due are sent in a burst per tick of at most 1 ms instead of one
 * nanosleep per message; each message is still stamped when it is sent.
 */
#define _GNU_SOURCE
#include <mosquitto.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

static atomic_long acked = 0;
#define READ_EVERY 64

static volatile int connected = 0;

static void on_connect(struct mosquitto *m, void *obj, int rc) {
    (void)m; (void)obj;
    if (rc == 0) connected = 1;
}

static void on_publish(struct mosquitto *m, void *obj, int mid) {
    (void)m; (void)obj; (void)mid;
    atomic_fetch_add(&acked, 1);
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int64_t wall_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_s(double s) {
    if (s <= 0) return;
    struct timespec ts = {(time_t)s, (long)((s - (time_t)s) * 1e9)};
    nanosleep(&ts, NULL);
}

int main(int argc, char **argv) {
    if (argc != 11) {
        fprintf(stderr, "usage: %s HOST PORT USER PASS TOPIC_PREFIX N_SOURCES COUNT RATE KIND WINDOW\n", argv[0]);
        return 2;
    }
    const char *host = argv[1];
    int port = atoi(argv[2]);
    const char *prefix = argv[5];
    long n_sources = atol(argv[6]);
    long count = atol(argv[7]);
    double rate = atof(argv[8]);
    int vd = strcmp(argv[9], "vd") == 0;
    long window = atol(argv[10]);

    mosquitto_lib_init();
    struct mosquitto *m = mosquitto_new(NULL, true, NULL);
    if (!m) { perror("mosquitto_new"); return 1; }
    mosquitto_int_option(m, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
    mosquitto_int_option(m, MOSQ_OPT_TCP_NODELAY, 1);
    mosquitto_max_inflight_messages_set(m, (unsigned int)window);
    mosquitto_username_pw_set(m, argv[3], argv[4]);
    mosquitto_publish_callback_set(m, on_publish);
    mosquitto_connect_callback_set(m, on_connect);
    if (mosquitto_connect(m, host, port, 60) != MOSQ_ERR_SUCCESS) { fprintf(stderr, "connect failed\n"); return 1; }
    /* Wait for CONNACK before publishing, driving the loop in this thread. */
    for (int i = 0; i < 5000 && !connected; i++) mosquitto_loop(m, 1, 1);
    if (!connected) { fprintf(stderr, "no CONNACK\n"); return 1; }

    int64_t *last = calloc((size_t)n_sources, sizeof(int64_t));
    char topic[256];
    char payload[2048];
    double t0 = now_s();
    long sent = 0;
    while (sent < count) {
        if (rate > 0) {
            double due = t0 + sent / rate;
            double wait = due - now_s();
            if (wait > 0) {
                mosquitto_loop(m, 0, 1);  /* read PUBACKs, flush anything the socket refused */
                sleep_s(wait < 0.001 ? 0.001 : wait);
            }
        }
        if (sent % READ_EVERY == 0) {
            mosquitto_loop_read(m, READ_EVERY * 4);
            if (mosquitto_want_write(m)) mosquitto_loop_write(m, 1);
        }
        while (sent - atomic_load(&acked) >= window) {
            int rc = mosquitto_loop(m, 1, 1);
            if (rc != MOSQ_ERR_SUCCESS) { fprintf(stderr, "loop: %s\n", mosquitto_strerror(rc)); sleep_s(0.01); mosquitto_reconnect(m); }
        }
        long src = sent % n_sources;
        int64_t ts = wall_ms();
        if (ts <= last[src]) ts = last[src] + 1;
        last[src] = ts;
        snprintf(topic, sizeof topic, "%s%ld", prefix, src);
        int len;
        if (vd) {
            int s = (int)(sent % 60);
            len = snprintf(payload, sizeof payload,
                "{\"LinkFlows\":[{\"LinkID\":\"L%ld\",\"Lanes\":["
                "{\"LaneID\":0,\"LaneType\":1,\"Speed\":%d,\"Occupancy\":%d,\"Vehicles\":[{\"VehicleType\":\"S\",\"Volume\":%d},{\"VehicleType\":\"L\",\"Volume\":2}]},"
                "{\"LaneID\":1,\"LaneType\":1,\"Speed\":%d,\"Occupancy\":%d,\"Vehicles\":[{\"VehicleType\":\"S\",\"Volume\":%d},{\"VehicleType\":\"L\",\"Volume\":1}]},"
                "{\"LaneID\":2,\"LaneType\":1,\"Speed\":%d,\"Occupancy\":%d,\"Vehicles\":[{\"VehicleType\":\"S\",\"Volume\":%d},{\"VehicleType\":\"L\",\"Volume\":0}]},"
                "{\"LaneID\":3,\"LaneType\":2,\"Speed\":-99,\"Occupancy\":-99,\"Vehicles\":[{\"VehicleType\":\"S\",\"Volume\":-99}]}"
                "]}],\"Status\":0,\"DataCollectTime\":%lld}",
                src, 40 + s / 3, 10 + s / 6, 10 + s / 4, 50 + s / 3, 8 + s / 6, 8 + s / 4,
                60 + s / 3, 5 + s / 6, 5 + s / 4, (long long)ts);
        } else {
            len = snprintf(payload, sizeof payload, "{\"ts\":%lld,\"value\":%ld}", (long long)ts, sent % 100);
        }
        int rc = mosquitto_publish(m, NULL, topic, len, payload, 1, false);
        if (rc != MOSQ_ERR_SUCCESS) { fprintf(stderr, "publish: %s\n", mosquitto_strerror(rc)); sleep_s(0.01); continue; }
        sent++;
    }
    double t_sent = now_s();
    while (atomic_load(&acked) < sent && now_s() - t_sent < 60) mosquitto_loop(m, 10, 1);
    double t1 = now_s();
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    double cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
    printf("{\"sent\":%ld,\"acked\":%ld,\"elapsed_s\":%.3f,\"cpu_s\":%.3f}\n", sent, atomic_load(&acked), t1 - t0, cpu);
    mosquitto_disconnect(m);
    mosquitto_loop(m, 10, 1);
    mosquitto_destroy(m);
    mosquitto_lib_cleanup();
    free(last);
    return atomic_load(&acked) == sent ? 0 : 1;
}
