/// Finds FPU state that a new task keeps from its parent on
/// linux/loongarch: a path through a function that makes the task and never
/// clears one of TIF_USEDFPU, TIF_USEDSIMD, TIF_LSX_CTX_LIVE,
/// TIF_LASX_CTX_LIVE, TIF_USEDLBT, TIF_LBT_CTX_LIVE. An error return fails
/// the fork: nothing is required there.
///
// Generated from rules/linux-loongarch.yaml by pcbcheck --write-cocci; do not edit.
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
for key in ["TIF_USEDFPU", "TIF_USEDSIMD", "TIF_LSX_CTX_LIVE", "TIF_LASX_CTX_LIVE", "TIF_USEDLBT", "TIF_LBT_CTX_LIVE"]:
    clears[key] = set()
    copies[key] = set()

@clears_TIF_USEDFPU forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_USEDFPU"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_USEDFPU);
|
  clear_ti_thread_flag(T, TIF_USEDFPU);
|
  clear_bit(TIF_USEDFPU, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_USEDFPU.helper;
@@

clears["TIF_USEDFPU"].add(helper)

@clears_TIF_USEDSIMD forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_USEDSIMD"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_USEDSIMD);
|
  clear_ti_thread_flag(T, TIF_USEDSIMD);
|
  clear_bit(TIF_USEDSIMD, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_USEDSIMD.helper;
@@

clears["TIF_USEDSIMD"].add(helper)

@clears_TIF_LSX_CTX_LIVE forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_LSX_CTX_LIVE"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_LSX_CTX_LIVE);
|
  clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE);
|
  clear_bit(TIF_LSX_CTX_LIVE, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_LSX_CTX_LIVE.helper;
@@

clears["TIF_LSX_CTX_LIVE"].add(helper)

@clears_TIF_LASX_CTX_LIVE forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_LASX_CTX_LIVE"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_LASX_CTX_LIVE);
|
  clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE);
|
  clear_bit(TIF_LASX_CTX_LIVE, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_LASX_CTX_LIVE.helper;
@@

clears["TIF_LASX_CTX_LIVE"].add(helper)

@clears_TIF_USEDLBT forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_USEDLBT"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_USEDLBT);
|
  clear_ti_thread_flag(T, TIF_USEDLBT);
|
  clear_bit(TIF_USEDLBT, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_USEDLBT.helper;
@@

clears["TIF_USEDLBT"].add(helper)

@clears_TIF_LBT_CTX_LIVE forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_LBT_CTX_LIVE"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_LBT_CTX_LIVE);
|
  clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE);
|
  clear_bit(TIF_LBT_CTX_LIVE, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_LBT_CTX_LIVE.helper;
@@

clears["TIF_LBT_CTX_LIVE"].add(helper)

@r_copy_thread_TIF_USEDFPU exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDFPU"] };
expression T, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDFPU);
|
  set_ti_thread_flag(T, TIF_USEDFPU);
|
  set_bit(TIF_USEDFPU, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDFPU"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDFPU);
|
  set_ti_thread_flag(T, TIF_USEDFPU);
|
  set_bit(TIF_USEDFPU, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_TIF_USEDFPU.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDFPU copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_TIF_USEDFPU.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDFPU copied from the parent thread")

@r_copy_thread_TIF_USEDSIMD exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDSIMD"] };
expression T, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDSIMD);
|
  set_ti_thread_flag(T, TIF_USEDSIMD);
|
  set_bit(TIF_USEDSIMD, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDSIMD"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDSIMD);
|
  set_ti_thread_flag(T, TIF_USEDSIMD);
|
  set_bit(TIF_USEDSIMD, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_TIF_USEDSIMD.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDSIMD copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_TIF_USEDSIMD.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDSIMD copied from the parent thread")

@r_copy_thread_TIF_LSX_CTX_LIVE exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LSX_CTX_LIVE"] };
expression T, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LSX_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LSX_CTX_LIVE);
|
  set_bit(TIF_LSX_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LSX_CTX_LIVE"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LSX_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LSX_CTX_LIVE);
|
  set_bit(TIF_LSX_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_TIF_LSX_CTX_LIVE.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_LSX_CTX_LIVE copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_TIF_LSX_CTX_LIVE.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_LSX_CTX_LIVE copied from the parent thread")

@r_copy_thread_TIF_LASX_CTX_LIVE exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LASX_CTX_LIVE"] };
expression T, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LASX_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LASX_CTX_LIVE);
|
  set_bit(TIF_LASX_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LASX_CTX_LIVE"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LASX_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LASX_CTX_LIVE);
|
  set_bit(TIF_LASX_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_TIF_LASX_CTX_LIVE.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_LASX_CTX_LIVE copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_TIF_LASX_CTX_LIVE.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_LASX_CTX_LIVE copied from the parent thread")

@r_copy_thread_TIF_USEDLBT exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDLBT"] };
expression T, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDLBT);
|
  set_ti_thread_flag(T, TIF_USEDLBT);
|
  set_bit(TIF_USEDLBT, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDLBT"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDLBT);
|
  set_ti_thread_flag(T, TIF_USEDLBT);
|
  set_bit(TIF_USEDLBT, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_TIF_USEDLBT.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDLBT copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_TIF_USEDLBT.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDLBT copied from the parent thread")

@r_copy_thread_TIF_LBT_CTX_LIVE exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LBT_CTX_LIVE"] };
expression T, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LBT_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LBT_CTX_LIVE);
|
  set_bit(TIF_LBT_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LBT_CTX_LIVE"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LBT_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LBT_CTX_LIVE);
|
  set_bit(TIF_LBT_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_TIF_LBT_CTX_LIVE.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_LBT_CTX_LIVE copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_TIF_LBT_CTX_LIVE.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_LBT_CTX_LIVE copied from the parent thread")

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDFPU"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDFPU);
|
  set_ti_thread_flag(T, TIF_USEDFPU);
|
  set_bit(TIF_USEDFPU, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDFPU)
      when != clear_ti_thread_flag(T, TIF_USEDFPU)
      when != clear_bit(TIF_USEDFPU, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_USEDFPU);
  return ...;
}

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDSIMD"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDSIMD);
|
  set_ti_thread_flag(T, TIF_USEDSIMD);
|
  set_bit(TIF_USEDSIMD, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDSIMD)
      when != clear_ti_thread_flag(T, TIF_USEDSIMD)
      when != clear_bit(TIF_USEDSIMD, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_USEDSIMD);
  return ...;
}

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LSX_CTX_LIVE"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LSX_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LSX_CTX_LIVE);
|
  set_bit(TIF_LSX_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LSX_CTX_LIVE)
      when != clear_bit(TIF_LSX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_LSX_CTX_LIVE);
  return ...;
}

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LASX_CTX_LIVE"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LASX_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LASX_CTX_LIVE);
|
  set_bit(TIF_LASX_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LASX_CTX_LIVE)
      when != clear_bit(TIF_LASX_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_LASX_CTX_LIVE);
  return ...;
}

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDLBT"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDLBT);
|
  set_ti_thread_flag(T, TIF_USEDLBT);
|
  set_bit(TIF_USEDLBT, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDLBT)
      when != clear_ti_thread_flag(T, TIF_USEDLBT)
      when != clear_bit(TIF_USEDLBT, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_USEDLBT);
  return ...;
}

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_LBT_CTX_LIVE"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_LBT_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_LBT_CTX_LIVE);
|
  set_bit(TIF_LBT_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_LBT_CTX_LIVE)
      when != clear_bit(TIF_LBT_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_LBT_CTX_LIVE);
  return ...;
}
