/// Finds FPU flags that a new task keeps from its parent on linux/arm64:
/// a path through a function that makes the task and never clears
/// TIF_SVE.
///
// Generated from rules/linux-arm64.yaml by pcbcheck --write-cocci; do not edit.
// Confidence: Moderate
// Copyright: (C) the pcbcheck developers
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Options: --no-includes --include-headers
// Keywords: fork, copy_thread, FPU

virtual patch
virtual context
virtual org
virtual report

@r_arch_dup_task_struct depends on (report || org) exists@
identifier child, parent;
expression E, N, T;
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
  ... when != clear_tsk_thread_flag(child, TIF_SVE)
      when != clear_ti_thread_flag(T, TIF_SVE)
      when != clear_bit(TIF_SVE, T)
}

@depends on context exists@
identifier child, parent;
expression E, N, T;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
* *E = *parent;
|
* memcpy(E, parent, N);
)
  ... when != clear_tsk_thread_flag(child, TIF_SVE)
      when != clear_ti_thread_flag(T, TIF_SVE)
      when != clear_bit(TIF_SVE, T)
}

@depends on patch exists@
identifier child, parent;
expression E, N, T;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E = *parent;
+ clear_tsk_thread_flag(child, TIF_SVE);
|
  memcpy(E, parent, N);
+ clear_tsk_thread_flag(child, TIF_SVE);
)
  ... when != clear_tsk_thread_flag(child, TIF_SVE)
      when != clear_ti_thread_flag(T, TIF_SVE)
      when != clear_bit(TIF_SVE, T)
}

@script:python depends on report@
p << r_arch_dup_task_struct.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread_info.flags keeps TIF_SVE copied from the parent thread")

@script:python depends on org@
p << r_arch_dup_task_struct.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread_info.flags keeps TIF_SVE copied from the parent thread")
