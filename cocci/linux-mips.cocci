/// Finds FPU state that a new task keeps from its parent on linux/mips: a
/// path through a function that makes the task and never clears one of
/// TIF_USEDFPU, TIF_USEDMSA, TIF_MSA_CTX_LIVE. An error return fails the
/// fork: nothing is required there.
///
// Generated from rules/linux-mips.yaml by pcbcheck --write-cocci; do not edit.
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
for key in ["TIF_USEDFPU", "TIF_USEDMSA", "TIF_MSA_CTX_LIVE"]:
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

@clears_TIF_USEDMSA forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_USEDMSA"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_USEDMSA);
|
  clear_ti_thread_flag(T, TIF_USEDMSA);
|
  clear_bit(TIF_USEDMSA, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_USEDMSA.helper;
@@

clears["TIF_USEDMSA"].add(helper)

@clears_TIF_MSA_CTX_LIVE forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_MSA_CTX_LIVE"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_MSA_CTX_LIVE);
|
  clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE);
|
  clear_bit(TIF_MSA_CTX_LIVE, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_MSA_CTX_LIVE.helper;
@@

clears["TIF_MSA_CTX_LIVE"].add(helper)

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

@r_copy_thread_TIF_USEDMSA exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDMSA"] };
expression T, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDMSA);
|
  set_ti_thread_flag(T, TIF_USEDMSA);
|
  set_bit(TIF_USEDMSA, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDMSA"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDMSA);
|
  set_ti_thread_flag(T, TIF_USEDMSA);
|
  set_bit(TIF_USEDMSA, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_TIF_USEDMSA.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDMSA copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_TIF_USEDMSA.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_USEDMSA copied from the parent thread")

@r_copy_thread_TIF_MSA_CTX_LIVE exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_MSA_CTX_LIVE"] };
expression T, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_MSA_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_MSA_CTX_LIVE);
|
  set_bit(TIF_MSA_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_MSA_CTX_LIVE"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_MSA_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_MSA_CTX_LIVE);
|
  set_bit(TIF_MSA_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_TIF_MSA_CTX_LIVE.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread_info.flags keeps TIF_MSA_CTX_LIVE copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_TIF_MSA_CTX_LIVE.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread_info.flags keeps TIF_MSA_CTX_LIVE copied from the parent thread")

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
identifier hc : script:python() { hc in clears["TIF_USEDMSA"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDMSA);
|
  set_ti_thread_flag(T, TIF_USEDMSA);
|
  set_bit(TIF_USEDMSA, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_USEDMSA);
  return ...;
}

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_MSA_CTX_LIVE"] };
expression T, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_MSA_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_MSA_CTX_LIVE);
|
  set_bit(TIF_MSA_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE);
  return ...;
}

@r_copy_thread_tls_TIF_USEDFPU exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDFPU"] };
expression T, Err;
position p;
@@

copy_thread_tls@p(..., struct task_struct *child, ...)
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

copy_thread_tls(..., struct task_struct *child, ...)
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
p << r_copy_thread_tls_TIF_USEDFPU.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread_info.flags keeps TIF_USEDFPU copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_tls_TIF_USEDFPU.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread_info.flags keeps TIF_USEDFPU copied from the parent thread")

@r_copy_thread_tls_TIF_USEDMSA exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDMSA"] };
expression T, Err;
position p;
@@

copy_thread_tls@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDMSA);
|
  set_ti_thread_flag(T, TIF_USEDMSA);
|
  set_bit(TIF_USEDMSA, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDMSA"] };
expression T, Err;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDMSA);
|
  set_ti_thread_flag(T, TIF_USEDMSA);
|
  set_bit(TIF_USEDMSA, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_tls_TIF_USEDMSA.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread_info.flags keeps TIF_USEDMSA copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_tls_TIF_USEDMSA.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread_info.flags keeps TIF_USEDMSA copied from the parent thread")

@r_copy_thread_tls_TIF_MSA_CTX_LIVE exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_MSA_CTX_LIVE"] };
expression T, Err;
position p;
@@

copy_thread_tls@p(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_MSA_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_MSA_CTX_LIVE);
|
  set_bit(TIF_MSA_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_MSA_CTX_LIVE"] };
expression T, Err;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_MSA_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_MSA_CTX_LIVE);
|
  set_bit(TIF_MSA_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_tls_TIF_MSA_CTX_LIVE.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread_info.flags keeps TIF_MSA_CTX_LIVE copied from the parent thread")

@script:python depends on org@
p << r_copy_thread_tls_TIF_MSA_CTX_LIVE.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread_info.flags keeps TIF_MSA_CTX_LIVE copied from the parent thread")

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_USEDFPU"] };
expression T, Err;
@@

copy_thread_tls(..., struct task_struct *child, ...)
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
identifier hc : script:python() { hc in clears["TIF_USEDMSA"] };
expression T, Err;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_USEDMSA);
|
  set_ti_thread_flag(T, TIF_USEDMSA);
|
  set_bit(TIF_USEDMSA, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_USEDMSA)
      when != clear_ti_thread_flag(T, TIF_USEDMSA)
      when != clear_bit(TIF_USEDMSA, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_USEDMSA);
  return ...;
}

@depends on patch && !field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["TIF_MSA_CTX_LIVE"] };
expression T, Err;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
(
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_MSA_CTX_LIVE);
|
  set_ti_thread_flag(T, TIF_MSA_CTX_LIVE);
|
  set_bit(TIF_MSA_CTX_LIVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE)
      when != clear_ti_thread_flag(T, TIF_MSA_CTX_LIVE)
      when != clear_bit(TIF_MSA_CTX_LIVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
+ clear_tsk_thread_flag(child, TIF_MSA_CTX_LIVE);
  return ...;
}
