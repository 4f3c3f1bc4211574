//===- Doctor.h - Is this machine set up to run pcbcheck? -------*- C++ -*-===//

#ifndef PCBCHECK_DOCTOR_H
#define PCBCHECK_DOCTOR_H

#include <string>

namespace pcbcheck {

/// Checks which clang and scan-build are on PATH against the release the
/// plugin was built for, and that the plugin loads and lists the checker.
/// Prints "ok:" and "problem:" lines; returns 0 when nothing is wrong.
int runDoctor(const char *Argv0);

/// The absolute path of the plugin installed beside this pcbcheck
/// (PREFIX/lib/pcbcheck.so for PREFIX/bin/pcbcheck): what scan-build's
/// -load-plugin must name, whatever directory make runs it in.
std::string pluginPath(const char *Argv0);

} // namespace pcbcheck

#endif
