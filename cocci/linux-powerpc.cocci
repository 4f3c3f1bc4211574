/// Finds FPU flags that a new task keeps from its parent on linux/powerpc:
/// a path through a function that makes the task and never clears
/// MSR_FP, MSR_VEC, MSR_VSX.
///
// Generated from rules/linux-powerpc.yaml by pcbcheck --write-cocci; do not edit.
// Confidence: Moderate
// Copyright: (C) the pcbcheck developers
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Options: --no-includes --include-headers
// Keywords: fork, copy_thread, FPU

virtual patch
virtual context
virtual org
virtual report

@r_copy_thread depends on (report || org) exists@
identifier child;
expression E2, N, W;
struct pt_regs *E;
position p;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
  *E@p = *E2;
|
  memcpy@p(E, E2, N);
)
  ... when != E->msr &= ~(<+... MSR_FP ...+>)
      when != E->msr = W
      when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr &= ~(<+... MSR_VSX ...+>)
}

@depends on context exists@
identifier child;
expression E2, N, W;
struct pt_regs *E;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
* *E = *E2;
|
* memcpy(E, E2, N);
)
  ... when != E->msr &= ~(<+... MSR_FP ...+>)
      when != E->msr = W
      when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr &= ~(<+... MSR_VSX ...+>)
}

@depends on patch exists@
identifier child;
expression E2, N, W;
struct pt_regs *E;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
  *E = *E2;
+ E->msr &= ~(MSR_FP | MSR_VEC | MSR_VSX);
|
  memcpy(E, E2, N);
+ E->msr &= ~(MSR_FP | MSR_VEC | MSR_VSX);
)
  ... when != E->msr &= ~(<+... MSR_FP ...+>)
      when != E->msr = W
      when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr &= ~(<+... MSR_VSX ...+>)
}

@script:python depends on report@
p << r_copy_thread.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child msr keeps MSR_FP | MSR_VEC | MSR_VSX copied from the parent thread")

@script:python depends on org@
p << r_copy_thread.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child msr keeps MSR_FP | MSR_VEC | MSR_VSX copied from the parent thread")

@r_copy_thread_tls depends on (report || org) exists@
identifier child;
expression E2, N, W;
struct pt_regs *E;
position p;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
  *E@p = *E2;
|
  memcpy@p(E, E2, N);
)
  ... when != E->msr &= ~(<+... MSR_FP ...+>)
      when != E->msr = W
      when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr &= ~(<+... MSR_VSX ...+>)
}

@depends on context exists@
identifier child;
expression E2, N, W;
struct pt_regs *E;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
* *E = *E2;
|
* memcpy(E, E2, N);
)
  ... when != E->msr &= ~(<+... MSR_FP ...+>)
      when != E->msr = W
      when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr &= ~(<+... MSR_VSX ...+>)
}

@depends on patch exists@
identifier child;
expression E2, N, W;
struct pt_regs *E;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
  *E = *E2;
+ E->msr &= ~(MSR_FP | MSR_VEC | MSR_VSX);
|
  memcpy(E, E2, N);
+ E->msr &= ~(MSR_FP | MSR_VEC | MSR_VSX);
)
  ... when != E->msr &= ~(<+... MSR_FP ...+>)
      when != E->msr = W
      when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr &= ~(<+... MSR_VSX ...+>)
}

@script:python depends on report@
p << r_copy_thread_tls.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child msr keeps MSR_FP | MSR_VEC | MSR_VSX copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_tls.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child msr keeps MSR_FP | MSR_VEC | MSR_VSX copied from the parent thread")
