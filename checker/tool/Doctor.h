//===- Doctor.h - Is this machine set up to run pcbcheck? -------*- C++ -*-===//

#ifndef PCBCHECK_DOCTOR_H
#define PCBCHECK_DOCTOR_H

namespace pcbcheck {

/// Checks which clang and scan-build are on PATH against the release the
/// plugin was built for, and that the plugin loads and lists the checker.
/// Prints "ok:" and "problem:" lines; returns 0 when nothing is wrong.
int runDoctor(const char *Argv0);

} // namespace pcbcheck

#endif
