/// Finds FPU state that a new task keeps from its parent on linux/riscv: a
/// path through a function that makes the task and never clears one of
/// TIF_RISCV_V_DEFER_RESTORE. With -D field_resets (SPFLAGS="-D
/// field_resets" for make coccicheck), also a path that never resets
/// thread.vstate.datap, thread.kernel_vstate.datap, thread.riscv_v_flags.
/// An error return fails the fork: nothing is required there.
///
// Generated from rules/linux-riscv.yaml by pcbcheck --write-cocci; do not edit.
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
for key in ["TIF_RISCV_V_DEFER_RESTORE", "thread.vstate.datap", "thread.kernel_vstate.datap", "thread.riscv_v_flags"]:
    clears[key] = set()
    copies[key] = set()

@clears_TIF_RISCV_V_DEFER_RESTORE forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_RISCV_V_DEFER_RESTORE"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_RISCV_V_DEFER_RESTORE);
|
  clear_ti_thread_flag(T, TIF_RISCV_V_DEFER_RESTORE);
|
  clear_bit(TIF_RISCV_V_DEFER_RESTORE, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_RISCV_V_DEFER_RESTORE.helper;
@@

clears["TIF_RISCV_V_DEFER_RESTORE"].add(helper)

@clears_thread_vstate_datap forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.vstate.datap"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.vstate.datap = V;
|
  E4->thread.vstate.datap = V;
|
  E4.thread.vstate.datap = V;
|
  E4->vstate.datap = V;
|
  E4.vstate.datap = V;
|
  E4->datap = V;
|
  E4.datap = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_vstate_datap.helper;
@@

clears["thread.vstate.datap"].add(helper)

@clears_thread_kernel_vstate_datap forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.kernel_vstate.datap"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.kernel_vstate.datap = V;
|
  E4->thread.kernel_vstate.datap = V;
|
  E4.thread.kernel_vstate.datap = V;
|
  E4->kernel_vstate.datap = V;
|
  E4.kernel_vstate.datap = V;
|
  E4->datap = V;
|
  E4.datap = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_kernel_vstate_datap.helper;
@@

clears["thread.kernel_vstate.datap"].add(helper)

@clears_thread_riscv_v_flags forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.riscv_v_flags"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.riscv_v_flags = V;
|
  E4->thread.riscv_v_flags = V;
|
  E4.thread.riscv_v_flags = V;
|
  E4->riscv_v_flags = V;
|
  E4.riscv_v_flags = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_riscv_v_flags.helper;
@@

clears["thread.riscv_v_flags"].add(helper)

@r_arch_dup_task_struct_TIF_RISCV_V_DEFER_RESTORE exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["TIF_RISCV_V_DEFER_RESTORE"] };
expression E, N, T, Err;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E@p = *parent;
|
  memcpy@p(E, parent, N);
)
(
  ... when != clear_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_ti_thread_flag(T, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_bit(TIF_RISCV_V_DEFER_RESTORE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE);
|
  set_ti_thread_flag(T, TIF_RISCV_V_DEFER_RESTORE);
|
  set_bit(TIF_RISCV_V_DEFER_RESTORE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_ti_thread_flag(T, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_bit(TIF_RISCV_V_DEFER_RESTORE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["TIF_RISCV_V_DEFER_RESTORE"] };
expression E, N, T, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
* *E = *parent;
|
* memcpy(E, parent, N);
)
(
  ... when != clear_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_ti_thread_flag(T, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_bit(TIF_RISCV_V_DEFER_RESTORE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE);
|
  set_ti_thread_flag(T, TIF_RISCV_V_DEFER_RESTORE);
|
  set_bit(TIF_RISCV_V_DEFER_RESTORE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_ti_thread_flag(T, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_bit(TIF_RISCV_V_DEFER_RESTORE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@script:python depends on report@
p << r_arch_dup_task_struct_TIF_RISCV_V_DEFER_RESTORE.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread_info.flags keeps TIF_RISCV_V_DEFER_RESTORE copied from the parent thread")

@script:python depends on org@
p << r_arch_dup_task_struct_TIF_RISCV_V_DEFER_RESTORE.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread_info.flags keeps TIF_RISCV_V_DEFER_RESTORE copied from the parent thread")

@depends on patch && !field_resets exists@
identifier child, parent;
expression E, N, T, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E = *parent;
+ clear_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE);
|
  memcpy(E, parent, N);
+ clear_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE);
)
  ... when != clear_tsk_thread_flag(child, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_ti_thread_flag(T, TIF_RISCV_V_DEFER_RESTORE)
      when != clear_bit(TIF_RISCV_V_DEFER_RESTORE, T)
      when != return -Err;
      when != return (-Err);
}

@r_arch_dup_task_struct_thread_vstate_datap depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.vstate.datap"] };
expression E, E4, N, V, Err;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E@p = *parent;
|
  memcpy@p(E, parent, N);
)
  ... when != child->thread.vstate.datap = V
      when != E->thread.vstate.datap = V
      when != memset(&child->thread.vstate, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.vstate.datap = V
      when != E4.thread.vstate.datap = V
      when != E4->vstate.datap = V
      when != E4.vstate.datap = V
      when != E4->datap = V
      when != E4.datap = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.vstate.datap"] };
expression E, E4, N, V, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
* *E = *parent;
|
* memcpy(E, parent, N);
)
  ... when != child->thread.vstate.datap = V
      when != E->thread.vstate.datap = V
      when != memset(&child->thread.vstate, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.vstate.datap = V
      when != E4.thread.vstate.datap = V
      when != E4->vstate.datap = V
      when != E4.vstate.datap = V
      when != E4->datap = V
      when != E4.datap = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_vstate_datap.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.vstate.datap still points at the parent's Vector register buffer")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_vstate_datap.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.vstate.datap still points at the parent's Vector register buffer")

@r_arch_dup_task_struct_thread_kernel_vstate_datap depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.kernel_vstate.datap"] };
expression E, E4, N, V, Err;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E@p = *parent;
|
  memcpy@p(E, parent, N);
)
  ... when != child->thread.kernel_vstate.datap = V
      when != E->thread.kernel_vstate.datap = V
      when != memset(&child->thread.kernel_vstate, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.kernel_vstate.datap = V
      when != E4.thread.kernel_vstate.datap = V
      when != E4->kernel_vstate.datap = V
      when != E4.kernel_vstate.datap = V
      when != E4->datap = V
      when != E4.datap = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.kernel_vstate.datap"] };
expression E, E4, N, V, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
* *E = *parent;
|
* memcpy(E, parent, N);
)
  ... when != child->thread.kernel_vstate.datap = V
      when != E->thread.kernel_vstate.datap = V
      when != memset(&child->thread.kernel_vstate, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.kernel_vstate.datap = V
      when != E4.thread.kernel_vstate.datap = V
      when != E4->kernel_vstate.datap = V
      when != E4.kernel_vstate.datap = V
      when != E4->datap = V
      when != E4.datap = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_kernel_vstate_datap.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.kernel_vstate.datap still points at the parent's kernel-mode Vector buffer")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_kernel_vstate_datap.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.kernel_vstate.datap still points at the parent's kernel-mode Vector buffer")

@r_copy_thread_thread_riscv_v_flags depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.riscv_v_flags"] };
expression E, E4, V, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.riscv_v_flags = V
      when != E->thread.riscv_v_flags = V
      when != memset(&child->thread, ...)
      when != E4->thread.riscv_v_flags = V
      when != E4.thread.riscv_v_flags = V
      when != E4->riscv_v_flags = V
      when != E4.riscv_v_flags = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.riscv_v_flags"] };
expression E, E4, V, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when != child->thread.riscv_v_flags = V
      when != E->thread.riscv_v_flags = V
      when != memset(&child->thread, ...)
      when != E4->thread.riscv_v_flags = V
      when != E4.thread.riscv_v_flags = V
      when != E4->riscv_v_flags = V
      when != E4.riscv_v_flags = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_thread_riscv_v_flags.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.riscv_v_flags still holds the parent's kernel-mode Vector state (RISCV_KERNEL_MODE_V, RISCV_PREEMPT_V and the nesting depth)")

@script:python depends on org@
p << r_copy_thread_thread_riscv_v_flags.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.riscv_v_flags still holds the parent's kernel-mode Vector state (RISCV_KERNEL_MODE_V, RISCV_PREEMPT_V and the nesting depth)")
