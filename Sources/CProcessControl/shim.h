// What Swift cannot call directly: prctl is variadic, and POSIX_SPAWN_SETSID is a glibc extension.
#ifndef RECTRACK_PROCESS_CONTROL_H
#define RECTRACK_PROCESS_CONTROL_H
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <spawn.h>

/// Makes this process adopt the orphans of its descendants (Linux), so a plugin's grandchild that left its
/// process group can still be found and stopped. Returns 0 on success, -1 where it is not available.
static inline int rectrack_become_subreaper(void) {
#if defined(__linux__) && defined(PR_SET_CHILD_SUBREAPER)
    return prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
#else
    return -1;
#endif
}

/// The posix_spawn flag that starts the child in a session of its own (no controlling terminal), or 0.
static inline short rectrack_spawn_setsid_flag(void) {
#ifdef POSIX_SPAWN_SETSID
    return POSIX_SPAWN_SETSID;
#else
    return 0;
#endif
}
#endif
