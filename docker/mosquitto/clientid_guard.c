/*
 * Mosquitto 2 plugin: a client id reserved for an account can be used by that account only.
 *
 * A persistent session is keyed by client id alone. Without this guard any
 * account (even the write-only citizen) could connect as "soc-ingest-1" with a
 * clean session and so discard ingest's session and everything queued for it.
 *
 *   plugin /path/clientid_guard.so
 *   plugin_opt_reserve soc-ingest-=ingest soc-ops-=center
 *
 * Each pair is PREFIX=ACCOUNT: a client id starting with PREFIX is refused
 * (CONNACK "not authorised", before the broker looks at any existing session)
 * unless the connection authenticates as ACCOUNT. Every other client id is
 * left alone: the plugin defers, and the password file and ACL decide as
 * before. Written by `soc services` (common/services.py) from its own table of
 * reserved prefixes; built with gcc against mosquitto-dev's headers.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mosquitto.h>
#include <mosquitto_broker.h>
#include <mosquitto_plugin.h>

#define MAX_RESERVED 32

struct reserved {
    char *prefix;
    char *account;
};

static struct reserved table[MAX_RESERVED];
static int n_reserved = 0;
static mosquitto_plugin_id_t *plugin_id = NULL;

int mosquitto_plugin_version(int supported_version_count, const int *supported_versions)
{
    for (int i = 0; i < supported_version_count; i++) {
        if (supported_versions[i] == 5) return 5;
    }
    return -1;
}

static int on_basic_auth(int event, void *event_data, void *userdata)
{
    (void)event; (void)userdata;
    struct mosquitto_evt_basic_auth *ed = event_data;
    const char *clientid = mosquitto_client_id(ed->client);
    if (clientid == NULL) return MOSQ_ERR_PLUGIN_DEFER;
    for (int i = 0; i < n_reserved; i++) {
        if (strncmp(clientid, table[i].prefix, strlen(table[i].prefix)) == 0) {
            if (ed->username == NULL || strcmp(ed->username, table[i].account) != 0) {
                mosquitto_log_printf(MOSQ_LOG_WARNING,
                    "clientid_guard: refused client id %s for account %s (reserved for %s)",
                    clientid, ed->username ? ed->username : "(none)", table[i].account);
                return MOSQ_ERR_AUTH;
            }
        }
    }
    return MOSQ_ERR_PLUGIN_DEFER;
}

static int parse_reserve(const char *value)
{
    char *copy = strdup(value);
    if (copy == NULL) return MOSQ_ERR_NOMEM;
    char *save = NULL;
    for (char *tok = strtok_r(copy, " ,", &save); tok != NULL; tok = strtok_r(NULL, " ,", &save)) {
        char *eq = strchr(tok, '=');
        if (eq == NULL || eq == tok || eq[1] == '\0' || n_reserved >= MAX_RESERVED) {
            mosquitto_log_printf(MOSQ_LOG_ERR, "clientid_guard: bad reserve entry '%s'", tok);
            free(copy);
            return MOSQ_ERR_INVAL;
        }
        *eq = '\0';
        table[n_reserved].prefix = strdup(tok);
        table[n_reserved].account = strdup(eq + 1);
        n_reserved++;
    }
    free(copy);
    return MOSQ_ERR_SUCCESS;
}

int mosquitto_plugin_init(mosquitto_plugin_id_t *identifier, void **userdata,
                          struct mosquitto_opt *options, int option_count)
{
    (void)userdata;
    plugin_id = identifier;
    for (int i = 0; i < option_count; i++) {
        if (strcmp(options[i].key, "reserve") == 0) {
            int rc = parse_reserve(options[i].value);
            if (rc != MOSQ_ERR_SUCCESS) return rc;
        }
    }
    return mosquitto_callback_register(plugin_id, MOSQ_EVT_BASIC_AUTH, on_basic_auth, NULL, NULL);
}

int mosquitto_plugin_cleanup(void *userdata, struct mosquitto_opt *options, int option_count)
{
    (void)userdata; (void)options; (void)option_count;
    mosquitto_callback_unregister(plugin_id, MOSQ_EVT_BASIC_AUTH, on_basic_auth, NULL);
    for (int i = 0; i < n_reserved; i++) {
        free(table[i].prefix);
        free(table[i].account);
    }
    n_reserved = 0;
    return MOSQ_ERR_SUCCESS;
}
