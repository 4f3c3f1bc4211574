/// Finds FPU state that a new task keeps from its parent on linux/x86: a
/// path through a function that makes the task and never clears one of its
/// flags. Also a path to a return that never sets TIF_NEED_FPU_LOAD, which
/// a new task must have set. With -D field_resets (SPFLAGS="-D
/// field_resets" for make coccicheck), also a path that never resets
/// thread.fpu.last_cpu, thread.fpu.fpstate, x86_task_fpu.last_cpu,
/// x86_task_fpu.fpstate. An error return fails the fork: nothing is
/// required there.
///
// Generated from rules/linux-x86.yaml by pcbcheck --write-cocci; do not edit.
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
for key in ["thread.fpu.last_cpu", "thread.fpu.fpstate", "x86_task_fpu.last_cpu", "x86_task_fpu.fpstate", "TIF_NEED_FPU_LOAD"]:
    clears[key] = set()
    copies[key] = set()
# The lines of the branches taken without an FPU.
no_fpu = set()

@no_fpu@
position q;
identifier test = {cpu_feature_enabled, static_cpu_has, _static_cpu_has, boot_cpu_has};
statement S;
@@

if (!test(X86_FEATURE_FPU)) S@q

@script:python@
q << no_fpu.q;
@@

for x in q:
    no_fpu.add((x.file, x.line))

@clears_thread_fpu_last_cpu forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.fpu.last_cpu"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.fpu.last_cpu = V;
|
  E4->thread.fpu.last_cpu = V;
|
  E4.thread.fpu.last_cpu = V;
|
  E4->fpu.last_cpu = V;
|
  E4.fpu.last_cpu = V;
|
  E4->last_cpu = V;
|
  E4.last_cpu = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_fpu_last_cpu.helper;
@@

clears["thread.fpu.last_cpu"].add(helper)

@clears_thread_fpu_fpstate forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.fpu.fpstate"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.fpu.fpstate = V;
|
  E4->thread.fpu.fpstate = V;
|
  E4.thread.fpu.fpstate = V;
|
  E4->fpu.fpstate = V;
|
  E4.fpu.fpstate = V;
|
  E4->fpstate = V;
|
  E4.fpstate = V;
|
  fpstate_reset(E2, ...);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_fpu_fpstate.helper;
@@

clears["thread.fpu.fpstate"].add(helper)

@clears_x86_task_fpu_last_cpu forall@
identifier helper;
identifier hc : script:python() { hc in clears["x86_task_fpu.last_cpu"] };
type RT;
expression E4, V;
@@

static RT helper(...)
{
  ...
(
  x86_task_fpu(...)->last_cpu = V;
|
  E4->last_cpu = V;
|
  E4.last_cpu = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_x86_task_fpu_last_cpu.helper;
@@

clears["x86_task_fpu.last_cpu"].add(helper)

@clears_x86_task_fpu_fpstate forall@
identifier helper;
identifier hc : script:python() { hc in clears["x86_task_fpu.fpstate"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  x86_task_fpu(...)->fpstate = V;
|
  E4->fpstate = V;
|
  E4.fpstate = V;
|
  fpstate_reset(E2, ...);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_x86_task_fpu_fpstate.helper;
@@

clears["x86_task_fpu.fpstate"].add(helper)

@r_fpu_clone_thread_fpu_last_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpu.last_cpu"] };
expression E, E4, V, Err;
position p;
@@

fpu_clone@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpu.last_cpu = V
      when != E->thread.fpu.last_cpu = V
      when != memset(&child->thread.fpu, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpu.last_cpu = V
      when != E4.thread.fpu.last_cpu = V
      when != E4->fpu.last_cpu = V
      when != E4.fpu.last_cpu = V
      when != E4->last_cpu = V
      when != E4.last_cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpu.last_cpu"] };
expression E, E4, V, Err;
@@

fpu_clone(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpu.last_cpu = V
      when != E->thread.fpu.last_cpu = V
      when != memset(&child->thread.fpu, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpu.last_cpu = V
      when != E4.thread.fpu.last_cpu = V
      when != E4->fpu.last_cpu = V
      when != E4.fpu.last_cpu = V
      when != E4->last_cpu = V
      when != E4.last_cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fpu_clone_thread_fpu_last_cpu.p;
@@

coccilib.report.print_report(p[0], "fpu_clone: child thread.fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state")

@script:python depends on org@
p << r_fpu_clone_thread_fpu_last_cpu.p;
@@

coccilib.org.print_todo(p[0], "fpu_clone: child thread.fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state")

@r_fpu_clone_thread_fpu_fpstate depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpu.fpstate"] };
expression E, E4, V, Err;
position p;
@@

fpu_clone@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpu.fpstate = V
      when != E->thread.fpu.fpstate = V
      when != memset(&child->thread.fpu, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpu.fpstate = V
      when != E4.thread.fpu.fpstate = V
      when != E4->fpu.fpstate = V
      when != E4.fpu.fpstate = V
      when != E4->fpstate = V
      when != E4.fpstate = V
      when != fpstate_reset(E, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpu.fpstate"] };
expression E, E4, V, Err;
@@

fpu_clone(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpu.fpstate = V
      when != E->thread.fpu.fpstate = V
      when != memset(&child->thread.fpu, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpu.fpstate = V
      when != E4.thread.fpu.fpstate = V
      when != E4->fpu.fpstate = V
      when != E4.fpu.fpstate = V
      when != E4->fpstate = V
      when != E4.fpstate = V
      when != fpstate_reset(E, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fpu_clone_thread_fpu_fpstate.p;
@@

coccilib.report.print_report(p[0], "fpu_clone: child thread.fpu.fpstate still points at the parent's FPU register state")

@script:python depends on org@
p << r_fpu_clone_thread_fpu_fpstate.p;
@@

coccilib.org.print_todo(p[0], "fpu_clone: child thread.fpu.fpstate still points at the parent's FPU register state")

@r_fpu_clone_x86_task_fpu_last_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["x86_task_fpu.last_cpu"] };
expression E4, V, Err;
position p;
@@

fpu_clone@p(..., struct task_struct *child, ...)
{
  ... when != x86_task_fpu(child)->last_cpu = V
      when != E4->last_cpu = V
      when != E4.last_cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["x86_task_fpu.last_cpu"] };
expression E4, V, Err;
@@

fpu_clone(..., struct task_struct *child, ...)
{
  ... when != x86_task_fpu(child)->last_cpu = V
      when != E4->last_cpu = V
      when != E4.last_cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fpu_clone_x86_task_fpu_last_cpu.p;
@@

coccilib.report.print_report(p[0], "fpu_clone: child x86_task_fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state")

@script:python depends on org@
p << r_fpu_clone_x86_task_fpu_last_cpu.p;
@@

coccilib.org.print_todo(p[0], "fpu_clone: child x86_task_fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state")

@r_fpu_clone_x86_task_fpu_fpstate depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["x86_task_fpu.fpstate"] };
expression E, E4, V, Err;
position p;
@@

fpu_clone@p(..., struct task_struct *child, ...)
{
  ... when != x86_task_fpu(child)->fpstate = V
      when != E4->fpstate = V
      when != E4.fpstate = V
      when != fpstate_reset(E, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["x86_task_fpu.fpstate"] };
expression E, E4, V, Err;
@@

fpu_clone(..., struct task_struct *child, ...)
{
  ... when != x86_task_fpu(child)->fpstate = V
      when != E4->fpstate = V
      when != E4.fpstate = V
      when != fpstate_reset(E, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fpu_clone_x86_task_fpu_fpstate.p;
@@

coccilib.report.print_report(p[0], "fpu_clone: child x86_task_fpu.fpstate still points at the parent's FPU register state")

@script:python depends on org@
p << r_fpu_clone_x86_task_fpu_fpstate.p;
@@

coccilib.org.print_todo(p[0], "fpu_clone: child x86_task_fpu.fpstate still points at the parent's FPU register state")

@r_fpu_clone_TIF_NEED_FPU_LOAD exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_NEED_FPU_LOAD"] };
expression T, Err;
position p : script:python() { (p[0].file, p[0].line) not in no_fpu };
@@

fpu_clone(..., struct task_struct *child, ...)
{
(
  ... when != set_tsk_thread_flag(child, TIF_NEED_FPU_LOAD)
      when != set_ti_thread_flag(T, TIF_NEED_FPU_LOAD)
      when != set_bit(TIF_NEED_FPU_LOAD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  clear_tsk_thread_flag(child, TIF_NEED_FPU_LOAD);
|
  clear_ti_thread_flag(T, TIF_NEED_FPU_LOAD);
|
  clear_bit(TIF_NEED_FPU_LOAD, T);
)
  ... when != set_tsk_thread_flag(child, TIF_NEED_FPU_LOAD)
      when != set_ti_thread_flag(T, TIF_NEED_FPU_LOAD)
      when != set_bit(TIF_NEED_FPU_LOAD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
  return@p ...;
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_NEED_FPU_LOAD"] };
expression T, Err;
@@

fpu_clone(..., struct task_struct *child, ...)
{
(
  ... when != set_tsk_thread_flag(child, TIF_NEED_FPU_LOAD)
      when != set_ti_thread_flag(T, TIF_NEED_FPU_LOAD)
      when != set_bit(TIF_NEED_FPU_LOAD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  clear_tsk_thread_flag(child, TIF_NEED_FPU_LOAD);
|
  clear_ti_thread_flag(T, TIF_NEED_FPU_LOAD);
|
  clear_bit(TIF_NEED_FPU_LOAD, T);
)
  ... when != set_tsk_thread_flag(child, TIF_NEED_FPU_LOAD)
      when != set_ti_thread_flag(T, TIF_NEED_FPU_LOAD)
      when != set_bit(TIF_NEED_FPU_LOAD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_fpu_clone_TIF_NEED_FPU_LOAD.p;
@@

coccilib.report.print_report(p[0], "fpu_clone: child thread_info.flags may lack TIF_NEED_FPU_LOAD, which a new thread must have set")

@script:python depends on org@
p << r_fpu_clone_TIF_NEED_FPU_LOAD.p;
@@

coccilib.org.print_todo(p[0], "fpu_clone: child thread_info.flags may lack TIF_NEED_FPU_LOAD, which a new thread must have set")

@r_fpu__copy_thread_fpu_last_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpu.last_cpu"] };
expression E, E4, V, Err;
position p;
@@

fpu__copy@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpu.last_cpu = V
      when != E->thread.fpu.last_cpu = V
      when != memset(&child->thread.fpu, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpu.last_cpu = V
      when != E4.thread.fpu.last_cpu = V
      when != E4->fpu.last_cpu = V
      when != E4.fpu.last_cpu = V
      when != E4->last_cpu = V
      when != E4.last_cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpu.last_cpu"] };
expression E, E4, V, Err;
@@

fpu__copy(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpu.last_cpu = V
      when != E->thread.fpu.last_cpu = V
      when != memset(&child->thread.fpu, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpu.last_cpu = V
      when != E4.thread.fpu.last_cpu = V
      when != E4->fpu.last_cpu = V
      when != E4.fpu.last_cpu = V
      when != E4->last_cpu = V
      when != E4.last_cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fpu__copy_thread_fpu_last_cpu.p;
@@

coccilib.report.print_report(p[0], "fpu__copy: child thread.fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state")

@script:python depends on org@
p << r_fpu__copy_thread_fpu_last_cpu.p;
@@

coccilib.org.print_todo(p[0], "fpu__copy: child thread.fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state")

@r_fpu__copy_thread_fpu_fpstate depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpu.fpstate"] };
expression E, E4, V, Err;
position p;
@@

fpu__copy@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpu.fpstate = V
      when != E->thread.fpu.fpstate = V
      when != memset(&child->thread.fpu, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpu.fpstate = V
      when != E4.thread.fpu.fpstate = V
      when != E4->fpu.fpstate = V
      when != E4.fpu.fpstate = V
      when != E4->fpstate = V
      when != E4.fpstate = V
      when != fpstate_reset(E, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpu.fpstate"] };
expression E, E4, V, Err;
@@

fpu__copy(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpu.fpstate = V
      when != E->thread.fpu.fpstate = V
      when != memset(&child->thread.fpu, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpu.fpstate = V
      when != E4.thread.fpu.fpstate = V
      when != E4->fpu.fpstate = V
      when != E4.fpu.fpstate = V
      when != E4->fpstate = V
      when != E4.fpstate = V
      when != fpstate_reset(E, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fpu__copy_thread_fpu_fpstate.p;
@@

coccilib.report.print_report(p[0], "fpu__copy: child thread.fpu.fpstate still points at the parent's FPU register state")

@script:python depends on org@
p << r_fpu__copy_thread_fpu_fpstate.p;
@@

coccilib.org.print_todo(p[0], "fpu__copy: child thread.fpu.fpstate still points at the parent's FPU register state")

@r_fpu__copy_x86_task_fpu_last_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["x86_task_fpu.last_cpu"] };
expression E4, V, Err;
position p;
@@

fpu__copy@p(..., struct task_struct *child, ...)
{
  ... when != x86_task_fpu(child)->last_cpu = V
      when != E4->last_cpu = V
      when != E4.last_cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["x86_task_fpu.last_cpu"] };
expression E4, V, Err;
@@

fpu__copy(..., struct task_struct *child, ...)
{
  ... when != x86_task_fpu(child)->last_cpu = V
      when != E4->last_cpu = V
      when != E4.last_cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fpu__copy_x86_task_fpu_last_cpu.p;
@@

coccilib.report.print_report(p[0], "fpu__copy: child x86_task_fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state")

@script:python depends on org@
p << r_fpu__copy_x86_task_fpu_last_cpu.p;
@@

coccilib.org.print_todo(p[0], "fpu__copy: child x86_task_fpu.last_cpu still names the CPU whose registers may hold the parent's FPU state")

@r_fpu__copy_x86_task_fpu_fpstate depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["x86_task_fpu.fpstate"] };
expression E, E4, V, Err;
position p;
@@

fpu__copy@p(..., struct task_struct *child, ...)
{
  ... when != x86_task_fpu(child)->fpstate = V
      when != E4->fpstate = V
      when != E4.fpstate = V
      when != fpstate_reset(E, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["x86_task_fpu.fpstate"] };
expression E, E4, V, Err;
@@

fpu__copy(..., struct task_struct *child, ...)
{
  ... when != x86_task_fpu(child)->fpstate = V
      when != E4->fpstate = V
      when != E4.fpstate = V
      when != fpstate_reset(E, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fpu__copy_x86_task_fpu_fpstate.p;
@@

coccilib.report.print_report(p[0], "fpu__copy: child x86_task_fpu.fpstate still points at the parent's FPU register state")

@script:python depends on org@
p << r_fpu__copy_x86_task_fpu_fpstate.p;
@@

coccilib.org.print_todo(p[0], "fpu__copy: child x86_task_fpu.fpstate still points at the parent's FPU register state")

@r_fpu__copy_TIF_NEED_FPU_LOAD exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_NEED_FPU_LOAD"] };
expression T, Err;
position p : script:python() { (p[0].file, p[0].line) not in no_fpu };
@@

fpu__copy(..., struct task_struct *child, ...)
{
(
  ... when != set_tsk_thread_flag(child, TIF_NEED_FPU_LOAD)
      when != set_ti_thread_flag(T, TIF_NEED_FPU_LOAD)
      when != set_bit(TIF_NEED_FPU_LOAD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  clear_tsk_thread_flag(child, TIF_NEED_FPU_LOAD);
|
  clear_ti_thread_flag(T, TIF_NEED_FPU_LOAD);
|
  clear_bit(TIF_NEED_FPU_LOAD, T);
)
  ... when != set_tsk_thread_flag(child, TIF_NEED_FPU_LOAD)
      when != set_ti_thread_flag(T, TIF_NEED_FPU_LOAD)
      when != set_bit(TIF_NEED_FPU_LOAD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
  return@p ...;
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_NEED_FPU_LOAD"] };
expression T, Err;
@@

fpu__copy(..., struct task_struct *child, ...)
{
(
  ... when != set_tsk_thread_flag(child, TIF_NEED_FPU_LOAD)
      when != set_ti_thread_flag(T, TIF_NEED_FPU_LOAD)
      when != set_bit(TIF_NEED_FPU_LOAD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  clear_tsk_thread_flag(child, TIF_NEED_FPU_LOAD);
|
  clear_ti_thread_flag(T, TIF_NEED_FPU_LOAD);
|
  clear_bit(TIF_NEED_FPU_LOAD, T);
)
  ... when != set_tsk_thread_flag(child, TIF_NEED_FPU_LOAD)
      when != set_ti_thread_flag(T, TIF_NEED_FPU_LOAD)
      when != set_bit(TIF_NEED_FPU_LOAD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_fpu__copy_TIF_NEED_FPU_LOAD.p;
@@

coccilib.report.print_report(p[0], "fpu__copy: child thread_info.flags may lack TIF_NEED_FPU_LOAD, which a new thread must have set")

@script:python depends on org@
p << r_fpu__copy_TIF_NEED_FPU_LOAD.p;
@@

coccilib.org.print_todo(p[0], "fpu__copy: child thread_info.flags may lack TIF_NEED_FPU_LOAD, which a new thread must have set")
