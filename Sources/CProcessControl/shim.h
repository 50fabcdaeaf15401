// What Swift cannot see directly: POSIX_SPAWN_SETSID is a glibc extension, defined only under _GNU_SOURCE.
#ifndef RECTRACK_PROCESS_CONTROL_H
#define RECTRACK_PROCESS_CONTROL_H
#include <spawn.h>

/// The posix_spawn flag that starts the child in a session of its own (no controlling terminal), or 0.
static inline short rectrack_spawn_setsid_flag(void) {
#ifdef POSIX_SPAWN_SETSID
    return POSIX_SPAWN_SETSID;
#else
    return 0x80; /* glibc's value, used since glibc 2.26 */
#endif
}
#endif
