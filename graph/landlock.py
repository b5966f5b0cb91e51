"""Confine the current process with Linux Landlock: it may not create, change or remove any file
or directory, open TCP connections, or signal processes outside itself.

The query worker (graph/query_worker.py) calls `confine()` once its database is open, so whatever
a query asks the embedded engine to do (COPY ... TO a file, EXPORT DATABASE, a LOAD from a URL),
the kernel refuses it, independently of the lexical guard and the plan check. Reading is not
restricted here (the worker must reopen the database when a load changes it); reads of other
files are refused by the plan check. Landlock needs Linux 5.13+ (TCP rules 6.7+, signal scoping
6.12+); on a kernel without it `confine()` returns 0 and the other two locks remain.

This module must not loosen anything once applied (Landlock cannot be undone) and is only for
processes that do nothing but answer queries.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import platform

_SYSCALLS = {"x86_64": (444, 445, 446), "aarch64": (444, 445, 446)}
_PR_SET_NO_NEW_PRIVS = 38
_CREATE_RULESET_VERSION = 1

# access rights (include/uapi/linux/landlock.h)
_FS_WRITE_FILE = 1 << 1
_FS_REMOVE_DIR = 1 << 4
_FS_REMOVE_FILE = 1 << 5
_FS_MAKE = sum(1 << b for b in range(6, 13))     # char, dir, reg, sock, fifo, block, sym
_FS_REFER = 1 << 13                              # ABI 2
_FS_TRUNCATE = 1 << 14                           # ABI 3
_NET_BIND_TCP = 1 << 0                           # ABI 4
_NET_CONNECT_TCP = 1 << 1
_SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0             # ABI 6
_SCOPE_SIGNAL = 1 << 1


class _RulesetAttr(ctypes.Structure):
    _fields_ = [("handled_access_fs", ctypes.c_uint64), ("handled_access_net", ctypes.c_uint64),
                ("scoped", ctypes.c_uint64)]


def abi_version() -> int:
    """The kernel's Landlock ABI version, 0 when Landlock is absent or disabled."""
    calls = _SYSCALLS.get(platform.machine())
    if calls is None:
        return 0
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    version = libc.syscall(calls[0], None, ctypes.c_size_t(0),
                           ctypes.c_uint32(_CREATE_RULESET_VERSION))
    return max(version, 0)


def confine() -> int:
    """Apply the confinement to this process (and threads started after); return the ABI
    version used, 0 if the kernel has no Landlock. OSError if Landlock is there but refuses."""
    abi = abi_version()
    if abi < 1:
        return 0
    create, _add_rule, restrict = _SYSCALLS[platform.machine()]
    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    fs = _FS_WRITE_FILE | _FS_REMOVE_DIR | _FS_REMOVE_FILE | _FS_MAKE
    if abi >= 2:
        fs |= _FS_REFER
    if abi >= 3:
        fs |= _FS_TRUNCATE
    attr = _RulesetAttr(fs, _NET_BIND_TCP | _NET_CONNECT_TCP if abi >= 4 else 0,
                        _SCOPE_ABSTRACT_UNIX_SOCKET | _SCOPE_SIGNAL if abi >= 6 else 0)
    size = 24 if abi >= 6 else 16 if abi >= 4 else 8
    fd = libc.syscall(create, ctypes.byref(attr), ctypes.c_size_t(size), ctypes.c_uint32(0))
    if fd < 0:
        err = ctypes.get_errno()
        raise OSError(err, f"landlock_create_ruleset: {os.strerror(err)}")
    try:
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"prctl(NO_NEW_PRIVS): {os.strerror(err)}")
        if libc.syscall(restrict, ctypes.c_int(fd), ctypes.c_uint32(0)) != 0:
            err = ctypes.get_errno()
            raise OSError(err, f"landlock_restrict_self: {os.strerror(err)}")
    finally:
        os.close(fd)
    return abi
