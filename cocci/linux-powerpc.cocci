/// Finds FPU state that a new task keeps from its parent on linux/powerpc:
/// a path through a function that makes the task and never clears one of
/// MSR_FP, MSR_VEC, MSR_VSX. With -D field_resets (SPFLAGS="-D
/// field_resets" for make coccicheck), also a path that never resets
/// thread.fp_save_area, thread.vr_save_area. An error return fails the
/// fork: nothing is required there.
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
virtual field_resets

@initialize:python@
@@

# By flag or field: the file's static functions that clear it on
# every path, and those that copy a parent's pcb and leave it.
clears = {}
copies = {}
for key in ["MSR_FP", "MSR_VEC", "MSR_VSX", "thread.fp_save_area", "thread.vr_save_area"]:
    clears[key] = set()
    copies[key] = set()

@clears_MSR_FP forall@
identifier helper;
identifier hc : script:python() { hc in clears["MSR_FP"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->msr &= ~(<+... MSR_FP ...+>);
|
  E2->msr = W;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_MSR_FP.helper;
@@

clears["MSR_FP"].add(helper)

@clears_MSR_VEC forall@
identifier helper;
identifier hc : script:python() { hc in clears["MSR_VEC"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->msr &= ~(<+... MSR_VEC ...+>);
|
  E2->msr = W;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_MSR_VEC.helper;
@@

clears["MSR_VEC"].add(helper)

@clears_MSR_VSX forall@
identifier helper;
identifier hc : script:python() { hc in clears["MSR_VSX"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->msr &= ~(<+... MSR_VSX ...+>);
|
  E2->msr = W;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_MSR_VSX.helper;
@@

clears["MSR_VSX"].add(helper)

@clears_thread_fp_save_area forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.fp_save_area"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.fp_save_area = V;
|
  E4->thread.fp_save_area = V;
|
  E4.thread.fp_save_area = V;
|
  E4->fp_save_area = V;
|
  E4.fp_save_area = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_fp_save_area.helper;
@@

clears["thread.fp_save_area"].add(helper)

@clears_thread_vr_save_area forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.vr_save_area"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.vr_save_area = V;
|
  E4->thread.vr_save_area = V;
|
  E4.thread.vr_save_area = V;
|
  E4->vr_save_area = V;
|
  E4.vr_save_area = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_vr_save_area.helper;
@@

clears["thread.vr_save_area"].add(helper)

@r_copy_thread_MSR_FP exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_FP"] };
expression E2, N, W, Err;
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
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_FP"] };
expression E2, N, W, Err;
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
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_copy_thread_MSR_FP.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child msr keeps MSR_FP copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_MSR_FP.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child msr keeps MSR_FP copied from the parent thread")

@r_copy_thread_MSR_VEC exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_VEC"] };
expression E2, N, W, Err;
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
  ... when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr = W
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_VEC"] };
expression E2, N, W, Err;
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
  ... when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr = W
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_copy_thread_MSR_VEC.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child msr keeps MSR_VEC copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_MSR_VEC.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child msr keeps MSR_VEC copied from the parent thread")

@r_copy_thread_MSR_VSX exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_VSX"] };
expression E2, N, W, Err;
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
  ... when != E->msr &= ~(<+... MSR_VSX ...+>)
      when != E->msr = W
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_VSX"] };
expression E2, N, W, Err;
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
  ... when != E->msr &= ~(<+... MSR_VSX ...+>)
      when != E->msr = W
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_copy_thread_MSR_VSX.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child msr keeps MSR_VSX copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_MSR_VSX.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child msr keeps MSR_VSX copied from the parent thread")

@depends on patch && !field_resets exists@
identifier child;
expression E2, N, W, Err;
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
      when != return -Err;
      when != return (-Err);
      when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr &= ~(<+... MSR_VSX ...+>)
}

@r_copy_thread_thread_fp_save_area depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fp_save_area"] };
expression E4, V, Err;
struct pt_regs *E;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fp_save_area = V
      when != E->thread.fp_save_area = V
      when != memset(&child->thread, ...)
      when != E4->thread.fp_save_area = V
      when != E4.thread.fp_save_area = V
      when != E4->fp_save_area = V
      when != E4.fp_save_area = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fp_save_area"] };
expression E4, V, Err;
struct pt_regs *E;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when != child->thread.fp_save_area = V
      when != E->thread.fp_save_area = V
      when != memset(&child->thread, ...)
      when != E4->thread.fp_save_area = V
      when != E4.thread.fp_save_area = V
      when != E4->fp_save_area = V
      when != E4.fp_save_area = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_thread_fp_save_area.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.fp_save_area still points at the parent's FP save area")

@script:python depends on org@
p << r_copy_thread_thread_fp_save_area.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.fp_save_area still points at the parent's FP save area")

@r_copy_thread_thread_vr_save_area depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.vr_save_area"] };
expression E4, V, Err;
struct pt_regs *E;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.vr_save_area = V
      when != E->thread.vr_save_area = V
      when != memset(&child->thread, ...)
      when != E4->thread.vr_save_area = V
      when != E4.thread.vr_save_area = V
      when != E4->vr_save_area = V
      when != E4.vr_save_area = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.vr_save_area"] };
expression E4, V, Err;
struct pt_regs *E;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when != child->thread.vr_save_area = V
      when != E->thread.vr_save_area = V
      when != memset(&child->thread, ...)
      when != E4->thread.vr_save_area = V
      when != E4.thread.vr_save_area = V
      when != E4->vr_save_area = V
      when != E4.vr_save_area = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_thread_vr_save_area.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.vr_save_area still points at the parent's VMX save area")

@script:python depends on org@
p << r_copy_thread_thread_vr_save_area.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.vr_save_area still points at the parent's VMX save area")

@r_copy_thread_tls_MSR_FP exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_FP"] };
expression E2, N, W, Err;
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
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_FP"] };
expression E2, N, W, Err;
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
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_copy_thread_tls_MSR_FP.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child msr keeps MSR_FP copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_tls_MSR_FP.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child msr keeps MSR_FP copied from the parent thread")

@r_copy_thread_tls_MSR_VEC exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_VEC"] };
expression E2, N, W, Err;
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
  ... when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr = W
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_VEC"] };
expression E2, N, W, Err;
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
  ... when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr = W
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_copy_thread_tls_MSR_VEC.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child msr keeps MSR_VEC copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_tls_MSR_VEC.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child msr keeps MSR_VEC copied from the parent thread")

@r_copy_thread_tls_MSR_VSX exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_VSX"] };
expression E2, N, W, Err;
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
  ... when != E->msr &= ~(<+... MSR_VSX ...+>)
      when != E->msr = W
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["MSR_VSX"] };
expression E2, N, W, Err;
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
  ... when != E->msr &= ~(<+... MSR_VSX ...+>)
      when != E->msr = W
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_copy_thread_tls_MSR_VSX.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child msr keeps MSR_VSX copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_tls_MSR_VSX.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child msr keeps MSR_VSX copied from the parent thread")

@depends on patch && !field_resets exists@
identifier child;
expression E2, N, W, Err;
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
      when != return -Err;
      when != return (-Err);
      when != E->msr &= ~(<+... MSR_VEC ...+>)
      when != E->msr &= ~(<+... MSR_VSX ...+>)
}

@r_copy_thread_tls_thread_fp_save_area depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fp_save_area"] };
expression E4, V, Err;
struct pt_regs *E;
position p;
@@

copy_thread_tls@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fp_save_area = V
      when != E->thread.fp_save_area = V
      when != memset(&child->thread, ...)
      when != E4->thread.fp_save_area = V
      when != E4.thread.fp_save_area = V
      when != E4->fp_save_area = V
      when != E4.fp_save_area = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fp_save_area"] };
expression E4, V, Err;
struct pt_regs *E;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when != child->thread.fp_save_area = V
      when != E->thread.fp_save_area = V
      when != memset(&child->thread, ...)
      when != E4->thread.fp_save_area = V
      when != E4.thread.fp_save_area = V
      when != E4->fp_save_area = V
      when != E4.fp_save_area = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_tls_thread_fp_save_area.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.fp_save_area still points at the parent's FP save area")

@script:python depends on org@
p << r_copy_thread_tls_thread_fp_save_area.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.fp_save_area still points at the parent's FP save area")

@r_copy_thread_tls_thread_vr_save_area depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.vr_save_area"] };
expression E4, V, Err;
struct pt_regs *E;
position p;
@@

copy_thread_tls@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.vr_save_area = V
      when != E->thread.vr_save_area = V
      when != memset(&child->thread, ...)
      when != E4->thread.vr_save_area = V
      when != E4.thread.vr_save_area = V
      when != E4->vr_save_area = V
      when != E4.vr_save_area = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.vr_save_area"] };
expression E4, V, Err;
struct pt_regs *E;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when != child->thread.vr_save_area = V
      when != E->thread.vr_save_area = V
      when != memset(&child->thread, ...)
      when != E4->thread.vr_save_area = V
      when != E4.thread.vr_save_area = V
      when != E4->vr_save_area = V
      when != E4.vr_save_area = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_tls_thread_vr_save_area.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.vr_save_area still points at the parent's VMX save area")

@script:python depends on org@
p << r_copy_thread_tls_thread_vr_save_area.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.vr_save_area still points at the parent's VMX save area")
