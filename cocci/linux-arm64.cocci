/// Finds FPU state that a new task keeps from its parent on linux/arm64: a
/// path through a function that makes the task and never clears one of
/// TIF_SVE, TIF_SME. With -D field_resets (SPFLAGS="-D field_resets" for
/// make coccicheck), also a path that never resets thread.sve_state,
/// thread.sme_state, thread.za_state, thread.fp_type, thread.svcr's
/// SVCR_SM_MASK, thread.svcr's SVCR_ZA_MASK, thread.fpsimd_cpu,
/// thread.fpsimd_state.cpu. With it too, a path on which a function (or a
/// static helper it calls) frees one of those pointers with kfree, kvfree,
/// vfree and returns with it still set, error returns included. An error
/// return fails the fork: nothing is required there.
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
virtual field_resets

@initialize:python@
@@

# By flag or field: the file's static functions that clear it on
# every path, and those that copy a parent's pcb and leave it.
clears = {}
copies = {}
for key in ["TIF_SVE", "TIF_SME", "thread.sve_state", "thread.sme_state", "thread.za_state", "thread.fp_type", "SVCR_SM_MASK", "SVCR_ZA_MASK", "thread.fpsimd_cpu", "thread.fpsimd_state.cpu"]:
    clears[key] = set()
    copies[key] = set()
# By field: the file's static functions that free it and may
# return with it still set.
frees = {}
for key in ["TIF_SVE", "TIF_SME", "thread.sve_state", "thread.sme_state", "thread.za_state", "thread.fp_type", "SVCR_SM_MASK", "SVCR_ZA_MASK", "thread.fpsimd_cpu", "thread.fpsimd_state.cpu"]:
    frees[key] = set()

@clears_TIF_SVE forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_SVE"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_SVE);
|
  clear_ti_thread_flag(T, TIF_SVE);
|
  clear_bit(TIF_SVE, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_SVE.helper;
@@

clears["TIF_SVE"].add(helper)

@clears_TIF_SME forall@
identifier helper;
identifier hc : script:python() { hc in clears["TIF_SME"] };
type RT;
expression T;
@@

static RT helper(...)
{
  ...
(
  clear_tsk_thread_flag(..., TIF_SME);
|
  clear_ti_thread_flag(T, TIF_SME);
|
  clear_bit(TIF_SME, T);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_TIF_SME.helper;
@@

clears["TIF_SME"].add(helper)

@clears_thread_sve_state forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.sve_state"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.sve_state = V;
|
  E4->thread.sve_state = V;
|
  E4.thread.sve_state = V;
|
  E4->sve_state = V;
|
  E4.sve_state = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_sve_state.helper;
@@

clears["thread.sve_state"].add(helper)

@clears_thread_sme_state forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.sme_state"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.sme_state = V;
|
  E4->thread.sme_state = V;
|
  E4.thread.sme_state = V;
|
  E4->sme_state = V;
|
  E4.sme_state = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_sme_state.helper;
@@

clears["thread.sme_state"].add(helper)

@clears_thread_za_state forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.za_state"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.za_state = V;
|
  E4->thread.za_state = V;
|
  E4.thread.za_state = V;
|
  E4->za_state = V;
|
  E4.za_state = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_za_state.helper;
@@

clears["thread.za_state"].add(helper)

@clears_thread_fp_type forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.fp_type"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.fp_type = V;
|
  E4->thread.fp_type = V;
|
  E4.thread.fp_type = V;
|
  E4->fp_type = V;
|
  E4.fp_type = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_fp_type.helper;
@@

clears["thread.fp_type"].add(helper)

@clears_SVCR_SM_MASK forall@
identifier helper;
identifier hc : script:python() { hc in clears["SVCR_SM_MASK"] };
type RT;
expression E2, E4;
@@

static RT helper(...)
{
  ...
(
  E2->thread.svcr &= ~SVCR_SM_MASK;
|
  E2->thread.svcr = 0;
|
  E4->thread.svcr &= ~SVCR_SM_MASK;
|
  E4->thread.svcr = 0;
|
  E4.thread.svcr &= ~SVCR_SM_MASK;
|
  E4.thread.svcr = 0;
|
  E4->svcr &= ~SVCR_SM_MASK;
|
  E4->svcr = 0;
|
  E4.svcr &= ~SVCR_SM_MASK;
|
  E4.svcr = 0;
|
  task_smstop_sm(...);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_SVCR_SM_MASK.helper;
@@

clears["SVCR_SM_MASK"].add(helper)

@clears_SVCR_ZA_MASK forall@
identifier helper;
identifier hc : script:python() { hc in clears["SVCR_ZA_MASK"] };
type RT;
expression E2, E4;
@@

static RT helper(...)
{
  ...
(
  E2->thread.svcr &= ~SVCR_ZA_MASK;
|
  E2->thread.svcr = 0;
|
  E4->thread.svcr &= ~SVCR_ZA_MASK;
|
  E4->thread.svcr = 0;
|
  E4.thread.svcr &= ~SVCR_ZA_MASK;
|
  E4.thread.svcr = 0;
|
  E4->svcr &= ~SVCR_ZA_MASK;
|
  E4->svcr = 0;
|
  E4.svcr &= ~SVCR_ZA_MASK;
|
  E4.svcr = 0;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_SVCR_ZA_MASK.helper;
@@

clears["SVCR_ZA_MASK"].add(helper)

@clears_thread_fpsimd_cpu forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.fpsimd_cpu"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.fpsimd_cpu = V;
|
  E4->thread.fpsimd_cpu = V;
|
  E4.thread.fpsimd_cpu = V;
|
  E4->fpsimd_cpu = V;
|
  E4.fpsimd_cpu = V;
|
  fpsimd_flush_task_state(...);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_fpsimd_cpu.helper;
@@

clears["thread.fpsimd_cpu"].add(helper)

@clears_thread_fpsimd_state_cpu forall@
identifier helper;
identifier hc : script:python() { hc in clears["thread.fpsimd_state.cpu"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->thread.fpsimd_state.cpu = V;
|
  E4->thread.fpsimd_state.cpu = V;
|
  E4.thread.fpsimd_state.cpu = V;
|
  E4->fpsimd_state.cpu = V;
|
  E4.fpsimd_state.cpu = V;
|
  E4->cpu = V;
|
  E4.cpu = V;
|
  fpsimd_flush_task_state(...);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_thread_fpsimd_state_cpu.helper;
@@

clears["thread.fpsimd_state.cpu"].add(helper)

@frees_thread_sve_state exists@
identifier helper;
identifier hc : script:python() { hc in clears["thread.sve_state"] };
type RT;
expression E, E2, E4, V;
@@

static RT helper(...)
{
  ... when any
(
  kfree(E2->thread.sve_state);
|
  kvfree(E2->thread.sve_state);
|
  vfree(E2->thread.sve_state);
)
  ... when != E->thread.sve_state = V
      when != E4->thread.sve_state = V
      when != E4.thread.sve_state = V
      when != E4->sve_state = V
      when != E4.sve_state = V
      when != hc(...)
}

@script:python@
helper << frees_thread_sve_state.helper;
@@

frees["thread.sve_state"].add(helper)

@frees_thread_sme_state exists@
identifier helper;
identifier hc : script:python() { hc in clears["thread.sme_state"] };
type RT;
expression E, E2, E4, V;
@@

static RT helper(...)
{
  ... when any
(
  kfree(E2->thread.sme_state);
|
  kvfree(E2->thread.sme_state);
|
  vfree(E2->thread.sme_state);
)
  ... when != E->thread.sme_state = V
      when != E4->thread.sme_state = V
      when != E4.thread.sme_state = V
      when != E4->sme_state = V
      when != E4.sme_state = V
      when != hc(...)
}

@script:python@
helper << frees_thread_sme_state.helper;
@@

frees["thread.sme_state"].add(helper)

@frees_thread_za_state exists@
identifier helper;
identifier hc : script:python() { hc in clears["thread.za_state"] };
type RT;
expression E, E2, E4, V;
@@

static RT helper(...)
{
  ... when any
(
  kfree(E2->thread.za_state);
|
  kvfree(E2->thread.za_state);
|
  vfree(E2->thread.za_state);
)
  ... when != E->thread.za_state = V
      when != E4->thread.za_state = V
      when != E4.thread.za_state = V
      when != E4->za_state = V
      when != E4.za_state = V
      when != hc(...)
}

@script:python@
helper << frees_thread_za_state.helper;
@@

frees["thread.za_state"].add(helper)

@era_copy_thread_za@
@@

copy_thread_za(...)
{
  ...
}

@era_copy_thread_za_call@
@@

copy_thread_za(...)

@r_arch_dup_task_struct_TIF_SVE exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["TIF_SVE"] };
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
  ... when != clear_tsk_thread_flag(child, TIF_SVE)
      when != clear_ti_thread_flag(T, TIF_SVE)
      when != clear_bit(TIF_SVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_SVE);
|
  set_ti_thread_flag(T, TIF_SVE);
|
  set_bit(TIF_SVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_SVE)
      when != clear_ti_thread_flag(T, TIF_SVE)
      when != clear_bit(TIF_SVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["TIF_SVE"] };
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
  ... when != clear_tsk_thread_flag(child, TIF_SVE)
      when != clear_ti_thread_flag(T, TIF_SVE)
      when != clear_bit(TIF_SVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_SVE);
|
  set_ti_thread_flag(T, TIF_SVE);
|
  set_bit(TIF_SVE, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_SVE)
      when != clear_ti_thread_flag(T, TIF_SVE)
      when != clear_bit(TIF_SVE, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@script:python depends on report@
p << r_arch_dup_task_struct_TIF_SVE.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread_info.flags keeps TIF_SVE copied from the parent thread")

@script:python depends on org@
p << r_arch_dup_task_struct_TIF_SVE.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread_info.flags keeps TIF_SVE copied from the parent thread")

@r_arch_dup_task_struct_TIF_SME depends on (era_copy_thread_za || era_copy_thread_za_call) exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["TIF_SME"] };
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
  ... when != clear_tsk_thread_flag(child, TIF_SME)
      when != clear_ti_thread_flag(T, TIF_SME)
      when != clear_bit(TIF_SME, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_SME);
|
  set_ti_thread_flag(T, TIF_SME);
|
  set_bit(TIF_SME, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_SME)
      when != clear_ti_thread_flag(T, TIF_SME)
      when != clear_bit(TIF_SME, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context && (era_copy_thread_za || era_copy_thread_za_call) exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["TIF_SME"] };
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
  ... when != clear_tsk_thread_flag(child, TIF_SME)
      when != clear_ti_thread_flag(T, TIF_SME)
      when != clear_bit(TIF_SME, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  set_tsk_thread_flag(child, TIF_SME);
|
  set_ti_thread_flag(T, TIF_SME);
|
  set_bit(TIF_SME, T);
)
  ... when != clear_tsk_thread_flag(child, TIF_SME)
      when != clear_ti_thread_flag(T, TIF_SME)
      when != clear_bit(TIF_SME, T)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@script:python depends on report@
p << r_arch_dup_task_struct_TIF_SME.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread_info.flags keeps TIF_SME copied from the parent thread")

@script:python depends on org@
p << r_arch_dup_task_struct_TIF_SME.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread_info.flags keeps TIF_SME copied from the parent thread")

@depends on patch && !field_resets exists@
identifier child, parent;
expression E, N, T, Err;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  *E = *parent;
+ clear_tsk_thread_flag(child, TIF_SVE);
+ clear_tsk_thread_flag(child, TIF_SME);
|
  memcpy(E, parent, N);
+ clear_tsk_thread_flag(child, TIF_SVE);
+ clear_tsk_thread_flag(child, TIF_SME);
)
  ... when != clear_tsk_thread_flag(child, TIF_SVE)
      when != clear_ti_thread_flag(T, TIF_SVE)
      when != clear_bit(TIF_SVE, T)
      when != return -Err;
      when != return (-Err);
      when != clear_tsk_thread_flag(child, TIF_SME)
      when != clear_ti_thread_flag(T, TIF_SME)
      when != clear_bit(TIF_SME, T)
}

@r_arch_dup_task_struct_thread_sve_state depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.sve_state"] };
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
  ... when != child->thread.sve_state = V
      when != E->thread.sve_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sve_state = V
      when != E4.thread.sve_state = V
      when != E4->sve_state = V
      when != E4.sve_state = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.sve_state"] };
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
  ... when != child->thread.sve_state = V
      when != E->thread.sve_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sve_state = V
      when != E4.thread.sve_state = V
      when != E4->sve_state = V
      when != E4.sve_state = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_sve_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.sve_state still points at the parent's SVE state, which a failed fork frees")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_sve_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.sve_state still points at the parent's SVE state, which a failed fork frees")

@r_arch_dup_task_struct_thread_sme_state depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.sme_state"] };
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
  ... when != child->thread.sme_state = V
      when != E->thread.sme_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sme_state = V
      when != E4.thread.sme_state = V
      when != E4->sme_state = V
      when != E4.sme_state = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.sme_state"] };
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
  ... when != child->thread.sme_state = V
      when != E->thread.sme_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sme_state = V
      when != E4.thread.sme_state = V
      when != E4->sme_state = V
      when != E4.sme_state = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_sme_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.sme_state still points at the parent's ZA and ZT0 state, which a failed fork frees")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_sme_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.sme_state still points at the parent's ZA and ZT0 state, which a failed fork frees")

@r_arch_dup_task_struct_thread_za_state depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.za_state"] };
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
  ... when != child->thread.za_state = V
      when != E->thread.za_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.za_state = V
      when != E4.thread.za_state = V
      when != E4->za_state = V
      when != E4.za_state = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.za_state"] };
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
  ... when != child->thread.za_state = V
      when != E->thread.za_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.za_state = V
      when != E4.thread.za_state = V
      when != E4->za_state = V
      when != E4.za_state = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_za_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.za_state still points at the parent's ZA state, which a failed fork frees")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_za_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.za_state still points at the parent's ZA state, which a failed fork frees")

@r_arch_dup_task_struct_thread_fp_type depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.fp_type"] };
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
  ... when != child->thread.fp_type = V
      when != E->thread.fp_type = V
      when != memset(&child->thread, ...)
      when != E4->thread.fp_type = V
      when != E4.thread.fp_type = V
      when != E4->fp_type = V
      when != E4.fp_type = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.fp_type"] };
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
  ... when != child->thread.fp_type = V
      when != E->thread.fp_type = V
      when != memset(&child->thread, ...)
      when != E4->thread.fp_type = V
      when != E4.thread.fp_type = V
      when != E4->fp_type = V
      when != E4.fp_type = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@script:python depends on report@
p << r_arch_dup_task_struct_thread_fp_type.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.fp_type still says the saved state is in the parent's format, though the child has no SVE buffer")

@script:python depends on org@
p << r_arch_dup_task_struct_thread_fp_type.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.fp_type still says the saved state is in the parent's format, though the child has no SVE buffer")

@r_arch_dup_task_struct_SVCR_SM_MASK depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["SVCR_SM_MASK"] };
expression E, E4, N, Err;
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
  ... when != child->thread.svcr &= ~SVCR_SM_MASK
      when != child->thread.svcr = 0
      when != E->thread.svcr &= ~SVCR_SM_MASK
      when != E->thread.svcr = 0
      when != memset(&child->thread, ...)
      when != E4->thread.svcr &= ~SVCR_SM_MASK
      when != E4->thread.svcr = 0
      when != E4.thread.svcr &= ~SVCR_SM_MASK
      when != E4.thread.svcr = 0
      when != E4->svcr &= ~SVCR_SM_MASK
      when != E4->svcr = 0
      when != E4.svcr &= ~SVCR_SM_MASK
      when != E4.svcr = 0
      when != task_smstop_sm(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  child->thread.svcr |= <+... SVCR_SM_MASK ...+>;
|
  E->thread.svcr |= <+... SVCR_SM_MASK ...+>;
)
  ... when != child->thread.svcr &= ~SVCR_SM_MASK
      when != child->thread.svcr = 0
      when != E->thread.svcr &= ~SVCR_SM_MASK
      when != E->thread.svcr = 0
      when != memset(&child->thread, ...)
      when != E4->thread.svcr &= ~SVCR_SM_MASK
      when != E4->thread.svcr = 0
      when != E4.thread.svcr &= ~SVCR_SM_MASK
      when != E4.thread.svcr = 0
      when != E4->svcr &= ~SVCR_SM_MASK
      when != E4->svcr = 0
      when != E4.svcr &= ~SVCR_SM_MASK
      when != E4.svcr = 0
      when != task_smstop_sm(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["SVCR_SM_MASK"] };
expression E, E4, N, Err;
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
  ... when != child->thread.svcr &= ~SVCR_SM_MASK
      when != child->thread.svcr = 0
      when != E->thread.svcr &= ~SVCR_SM_MASK
      when != E->thread.svcr = 0
      when != memset(&child->thread, ...)
      when != E4->thread.svcr &= ~SVCR_SM_MASK
      when != E4->thread.svcr = 0
      when != E4.thread.svcr &= ~SVCR_SM_MASK
      when != E4.thread.svcr = 0
      when != E4->svcr &= ~SVCR_SM_MASK
      when != E4->svcr = 0
      when != E4.svcr &= ~SVCR_SM_MASK
      when != E4.svcr = 0
      when != task_smstop_sm(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  child->thread.svcr |= <+... SVCR_SM_MASK ...+>;
|
  E->thread.svcr |= <+... SVCR_SM_MASK ...+>;
)
  ... when != child->thread.svcr &= ~SVCR_SM_MASK
      when != child->thread.svcr = 0
      when != E->thread.svcr &= ~SVCR_SM_MASK
      when != E->thread.svcr = 0
      when != memset(&child->thread, ...)
      when != E4->thread.svcr &= ~SVCR_SM_MASK
      when != E4->thread.svcr = 0
      when != E4.thread.svcr &= ~SVCR_SM_MASK
      when != E4.thread.svcr = 0
      when != E4->svcr &= ~SVCR_SM_MASK
      when != E4->svcr = 0
      when != E4.svcr &= ~SVCR_SM_MASK
      when != E4.svcr = 0
      when != task_smstop_sm(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@script:python depends on report@
p << r_arch_dup_task_struct_SVCR_SM_MASK.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.svcr still has SVCR_SM_MASK set: the parent's streaming mode, though the child has no SVE buffer")

@script:python depends on org@
p << r_arch_dup_task_struct_SVCR_SM_MASK.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.svcr still has SVCR_SM_MASK set: the parent's streaming mode, though the child has no SVE buffer")

@r_arch_dup_task_struct_SVCR_ZA_MASK depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["SVCR_ZA_MASK"] };
expression E, E4, N, Err;
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
  ... when != child->thread.svcr &= ~SVCR_ZA_MASK
      when != child->thread.svcr = 0
      when != E->thread.svcr &= ~SVCR_ZA_MASK
      when != E->thread.svcr = 0
      when != memset(&child->thread, ...)
      when != E4->thread.svcr &= ~SVCR_ZA_MASK
      when != E4->thread.svcr = 0
      when != E4.thread.svcr &= ~SVCR_ZA_MASK
      when != E4.thread.svcr = 0
      when != E4->svcr &= ~SVCR_ZA_MASK
      when != E4->svcr = 0
      when != E4.svcr &= ~SVCR_ZA_MASK
      when != E4.svcr = 0
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  child->thread.svcr |= <+... SVCR_ZA_MASK ...+>;
|
  E->thread.svcr |= <+... SVCR_ZA_MASK ...+>;
)
  ... when != child->thread.svcr &= ~SVCR_ZA_MASK
      when != child->thread.svcr = 0
      when != E->thread.svcr &= ~SVCR_ZA_MASK
      when != E->thread.svcr = 0
      when != memset(&child->thread, ...)
      when != E4->thread.svcr &= ~SVCR_ZA_MASK
      when != E4->thread.svcr = 0
      when != E4.thread.svcr &= ~SVCR_ZA_MASK
      when != E4.thread.svcr = 0
      when != E4->svcr &= ~SVCR_ZA_MASK
      when != E4->svcr = 0
      when != E4.svcr &= ~SVCR_ZA_MASK
      when != E4.svcr = 0
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@depends on context && field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["SVCR_ZA_MASK"] };
expression E, E4, N, Err;
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
  ... when != child->thread.svcr &= ~SVCR_ZA_MASK
      when != child->thread.svcr = 0
      when != E->thread.svcr &= ~SVCR_ZA_MASK
      when != E->thread.svcr = 0
      when != memset(&child->thread, ...)
      when != E4->thread.svcr &= ~SVCR_ZA_MASK
      when != E4->thread.svcr = 0
      when != E4.thread.svcr &= ~SVCR_ZA_MASK
      when != E4.thread.svcr = 0
      when != E4->svcr &= ~SVCR_ZA_MASK
      when != E4->svcr = 0
      when != E4.svcr &= ~SVCR_ZA_MASK
      when != E4.svcr = 0
      when != return -Err;
      when != return (-Err);
      when != hc(...)
|
  ... when any
(
  child->thread.svcr |= <+... SVCR_ZA_MASK ...+>;
|
  E->thread.svcr |= <+... SVCR_ZA_MASK ...+>;
)
  ... when != child->thread.svcr &= ~SVCR_ZA_MASK
      when != child->thread.svcr = 0
      when != E->thread.svcr &= ~SVCR_ZA_MASK
      when != E->thread.svcr = 0
      when != memset(&child->thread, ...)
      when != E4->thread.svcr &= ~SVCR_ZA_MASK
      when != E4->thread.svcr = 0
      when != E4.thread.svcr &= ~SVCR_ZA_MASK
      when != E4.thread.svcr = 0
      when != E4->svcr &= ~SVCR_ZA_MASK
      when != E4->svcr = 0
      when != E4.svcr &= ~SVCR_ZA_MASK
      when != E4.svcr = 0
      when != return -Err;
      when != return (-Err);
      when != hc(...)
)
}

@script:python depends on report@
p << r_arch_dup_task_struct_SVCR_ZA_MASK.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.svcr still has SVCR_ZA_MASK set: the parent's ZA, though the child has no ZA buffer")

@script:python depends on org@
p << r_arch_dup_task_struct_SVCR_ZA_MASK.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.svcr still has SVCR_ZA_MASK set: the parent's ZA, though the child has no ZA buffer")

@freed_arch_dup_task_struct_thread_sve_state depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.sve_state"] };
expression E, E2, E4, V;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  kfree@p(E2->thread.sve_state);
|
  kvfree@p(E2->thread.sve_state);
|
  vfree@p(E2->thread.sve_state);
)
  ... when != child->thread.sve_state = V
      when != E->thread.sve_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sve_state = V
      when != E4.thread.sve_state = V
      when != E4->sve_state = V
      when != E4.sve_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_arch_dup_task_struct_thread_sve_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_arch_dup_task_struct_thread_sve_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@calls_freed_arch_dup_task_struct_thread_sve_state depends on field_resets exists@
identifier child, parent;
identifier hf : script:python() { hf in frees["thread.sve_state"] };
expression E3;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_arch_dup_task_struct_thread_sve_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_arch_dup_task_struct_thread_sve_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@freed_arch_dup_task_struct_thread_sme_state depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.sme_state"] };
expression E, E2, E4, V;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  kfree@p(E2->thread.sme_state);
|
  kvfree@p(E2->thread.sme_state);
|
  vfree@p(E2->thread.sme_state);
)
  ... when != child->thread.sme_state = V
      when != E->thread.sme_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sme_state = V
      when != E4.thread.sme_state = V
      when != E4->sme_state = V
      when != E4.sme_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_arch_dup_task_struct_thread_sme_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_arch_dup_task_struct_thread_sme_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@calls_freed_arch_dup_task_struct_thread_sme_state depends on field_resets exists@
identifier child, parent;
identifier hf : script:python() { hf in frees["thread.sme_state"] };
expression E3;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_arch_dup_task_struct_thread_sme_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_arch_dup_task_struct_thread_sme_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@freed_arch_dup_task_struct_thread_za_state depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["thread.za_state"] };
expression E, E2, E4, V;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  kfree@p(E2->thread.za_state);
|
  kvfree@p(E2->thread.za_state);
|
  vfree@p(E2->thread.za_state);
)
  ... when != child->thread.za_state = V
      when != E->thread.za_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.za_state = V
      when != E4.thread.za_state = V
      when != E4->za_state = V
      when != E4.za_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_arch_dup_task_struct_thread_za_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.za_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_arch_dup_task_struct_thread_za_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.za_state still points at memory freed here, which freeing the child frees again")

@calls_freed_arch_dup_task_struct_thread_za_state depends on field_resets exists@
identifier child, parent;
identifier hf : script:python() { hf in frees["thread.za_state"] };
expression E3;
position p;
@@

arch_dup_task_struct(struct task_struct *child, struct task_struct *parent)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_arch_dup_task_struct_thread_za_state.p;
@@

coccilib.report.print_report(p[0], "arch_dup_task_struct: child thread.za_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_arch_dup_task_struct_thread_za_state.p;
@@

coccilib.org.print_todo(p[0], "arch_dup_task_struct: child thread.za_state still points at memory freed here, which freeing the child frees again")

@r_copy_thread_thread_fpsimd_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpsimd_cpu"] };
expression E, E4, V, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpsimd_cpu = V
      when != E->thread.fpsimd_cpu = V
      when != memset(&child->thread, ...)
      when != E4->thread.fpsimd_cpu = V
      when != E4.thread.fpsimd_cpu = V
      when != E4->fpsimd_cpu = V
      when != E4.fpsimd_cpu = V
      when != fpsimd_flush_task_state(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpsimd_cpu"] };
expression E, E4, V, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpsimd_cpu = V
      when != E->thread.fpsimd_cpu = V
      when != memset(&child->thread, ...)
      when != E4->thread.fpsimd_cpu = V
      when != E4.thread.fpsimd_cpu = V
      when != E4->fpsimd_cpu = V
      when != E4.fpsimd_cpu = V
      when != fpsimd_flush_task_state(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_thread_fpsimd_cpu.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.fpsimd_cpu still names a CPU that may hold the parent's FPSIMD registers")

@script:python depends on org@
p << r_copy_thread_thread_fpsimd_cpu.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.fpsimd_cpu still names a CPU that may hold the parent's FPSIMD registers")

@r_copy_thread_thread_fpsimd_state_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpsimd_state.cpu"] };
expression E, E4, V, Err;
position p;
@@

copy_thread@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpsimd_state.cpu = V
      when != E->thread.fpsimd_state.cpu = V
      when != memset(&child->thread.fpsimd_state, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpsimd_state.cpu = V
      when != E4.thread.fpsimd_state.cpu = V
      when != E4->fpsimd_state.cpu = V
      when != E4.fpsimd_state.cpu = V
      when != E4->cpu = V
      when != E4.cpu = V
      when != fpsimd_flush_task_state(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpsimd_state.cpu"] };
expression E, E4, V, Err;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpsimd_state.cpu = V
      when != E->thread.fpsimd_state.cpu = V
      when != memset(&child->thread.fpsimd_state, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpsimd_state.cpu = V
      when != E4.thread.fpsimd_state.cpu = V
      when != E4->fpsimd_state.cpu = V
      when != E4.fpsimd_state.cpu = V
      when != E4->cpu = V
      when != E4.cpu = V
      when != fpsimd_flush_task_state(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_thread_fpsimd_state_cpu.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.fpsimd_state.cpu still names a CPU that may hold the parent's FPSIMD registers")

@script:python depends on org@
p << r_copy_thread_thread_fpsimd_state_cpu.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.fpsimd_state.cpu still names a CPU that may hold the parent's FPSIMD registers")

@freed_copy_thread_thread_sve_state depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.sve_state"] };
expression E, E2, E4, V;
position p;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
  kfree@p(E2->thread.sve_state);
|
  kvfree@p(E2->thread.sve_state);
|
  vfree@p(E2->thread.sve_state);
)
  ... when != child->thread.sve_state = V
      when != E->thread.sve_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sve_state = V
      when != E4.thread.sve_state = V
      when != E4->sve_state = V
      when != E4.sve_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_copy_thread_thread_sve_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_copy_thread_thread_sve_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@calls_freed_copy_thread_thread_sve_state depends on field_resets exists@
identifier child;
identifier hf : script:python() { hf in frees["thread.sve_state"] };
expression E3;
position p;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_copy_thread_thread_sve_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_copy_thread_thread_sve_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@freed_copy_thread_thread_sme_state depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.sme_state"] };
expression E, E2, E4, V;
position p;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
  kfree@p(E2->thread.sme_state);
|
  kvfree@p(E2->thread.sme_state);
|
  vfree@p(E2->thread.sme_state);
)
  ... when != child->thread.sme_state = V
      when != E->thread.sme_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sme_state = V
      when != E4.thread.sme_state = V
      when != E4->sme_state = V
      when != E4.sme_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_copy_thread_thread_sme_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_copy_thread_thread_sme_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@calls_freed_copy_thread_thread_sme_state depends on field_resets exists@
identifier child;
identifier hf : script:python() { hf in frees["thread.sme_state"] };
expression E3;
position p;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_copy_thread_thread_sme_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_copy_thread_thread_sme_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@freed_copy_thread_thread_za_state depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.za_state"] };
expression E, E2, E4, V;
position p;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
  kfree@p(E2->thread.za_state);
|
  kvfree@p(E2->thread.za_state);
|
  vfree@p(E2->thread.za_state);
)
  ... when != child->thread.za_state = V
      when != E->thread.za_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.za_state = V
      when != E4.thread.za_state = V
      when != E4->za_state = V
      when != E4.za_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_copy_thread_thread_za_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.za_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_copy_thread_thread_za_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.za_state still points at memory freed here, which freeing the child frees again")

@calls_freed_copy_thread_thread_za_state depends on field_resets exists@
identifier child;
identifier hf : script:python() { hf in frees["thread.za_state"] };
expression E3;
position p;
@@

copy_thread(..., struct task_struct *child, ...)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_copy_thread_thread_za_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread: child thread.za_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_copy_thread_thread_za_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread: child thread.za_state still points at memory freed here, which freeing the child frees again")

@r_copy_thread_tls_thread_fpsimd_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpsimd_cpu"] };
expression E, E4, V, Err;
position p;
@@

copy_thread_tls@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpsimd_cpu = V
      when != E->thread.fpsimd_cpu = V
      when != memset(&child->thread, ...)
      when != E4->thread.fpsimd_cpu = V
      when != E4.thread.fpsimd_cpu = V
      when != E4->fpsimd_cpu = V
      when != E4.fpsimd_cpu = V
      when != fpsimd_flush_task_state(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpsimd_cpu"] };
expression E, E4, V, Err;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpsimd_cpu = V
      when != E->thread.fpsimd_cpu = V
      when != memset(&child->thread, ...)
      when != E4->thread.fpsimd_cpu = V
      when != E4.thread.fpsimd_cpu = V
      when != E4->fpsimd_cpu = V
      when != E4.fpsimd_cpu = V
      when != fpsimd_flush_task_state(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_tls_thread_fpsimd_cpu.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.fpsimd_cpu still names a CPU that may hold the parent's FPSIMD registers")

@script:python depends on org@
p << r_copy_thread_tls_thread_fpsimd_cpu.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.fpsimd_cpu still names a CPU that may hold the parent's FPSIMD registers")

@r_copy_thread_tls_thread_fpsimd_state_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpsimd_state.cpu"] };
expression E, E4, V, Err;
position p;
@@

copy_thread_tls@p(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpsimd_state.cpu = V
      when != E->thread.fpsimd_state.cpu = V
      when != memset(&child->thread.fpsimd_state, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpsimd_state.cpu = V
      when != E4.thread.fpsimd_state.cpu = V
      when != E4->fpsimd_state.cpu = V
      when != E4.fpsimd_state.cpu = V
      when != E4->cpu = V
      when != E4.cpu = V
      when != fpsimd_flush_task_state(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.fpsimd_state.cpu"] };
expression E, E4, V, Err;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when != child->thread.fpsimd_state.cpu = V
      when != E->thread.fpsimd_state.cpu = V
      when != memset(&child->thread.fpsimd_state, ...)
      when != memset(&child->thread, ...)
      when != E4->thread.fpsimd_state.cpu = V
      when != E4.thread.fpsimd_state.cpu = V
      when != E4->fpsimd_state.cpu = V
      when != E4.fpsimd_state.cpu = V
      when != E4->cpu = V
      when != E4.cpu = V
      when != fpsimd_flush_task_state(child, ...)
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_copy_thread_tls_thread_fpsimd_state_cpu.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.fpsimd_state.cpu still names a CPU that may hold the parent's FPSIMD registers")

@script:python depends on org@
p << r_copy_thread_tls_thread_fpsimd_state_cpu.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.fpsimd_state.cpu still names a CPU that may hold the parent's FPSIMD registers")

@freed_copy_thread_tls_thread_sve_state depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.sve_state"] };
expression E, E2, E4, V;
position p;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
  kfree@p(E2->thread.sve_state);
|
  kvfree@p(E2->thread.sve_state);
|
  vfree@p(E2->thread.sve_state);
)
  ... when != child->thread.sve_state = V
      when != E->thread.sve_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sve_state = V
      when != E4.thread.sve_state = V
      when != E4->sve_state = V
      when != E4.sve_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_copy_thread_tls_thread_sve_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_copy_thread_tls_thread_sve_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@calls_freed_copy_thread_tls_thread_sve_state depends on field_resets exists@
identifier child;
identifier hf : script:python() { hf in frees["thread.sve_state"] };
expression E3;
position p;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_copy_thread_tls_thread_sve_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_copy_thread_tls_thread_sve_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.sve_state still points at memory freed here, which freeing the child frees again")

@freed_copy_thread_tls_thread_sme_state depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.sme_state"] };
expression E, E2, E4, V;
position p;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
  kfree@p(E2->thread.sme_state);
|
  kvfree@p(E2->thread.sme_state);
|
  vfree@p(E2->thread.sme_state);
)
  ... when != child->thread.sme_state = V
      when != E->thread.sme_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.sme_state = V
      when != E4.thread.sme_state = V
      when != E4->sme_state = V
      when != E4.sme_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_copy_thread_tls_thread_sme_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_copy_thread_tls_thread_sme_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@calls_freed_copy_thread_tls_thread_sme_state depends on field_resets exists@
identifier child;
identifier hf : script:python() { hf in frees["thread.sme_state"] };
expression E3;
position p;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_copy_thread_tls_thread_sme_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_copy_thread_tls_thread_sme_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.sme_state still points at memory freed here, which freeing the child frees again")

@freed_copy_thread_tls_thread_za_state depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["thread.za_state"] };
expression E, E2, E4, V;
position p;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
  kfree@p(E2->thread.za_state);
|
  kvfree@p(E2->thread.za_state);
|
  vfree@p(E2->thread.za_state);
)
  ... when != child->thread.za_state = V
      when != E->thread.za_state = V
      when != memset(&child->thread, ...)
      when != E4->thread.za_state = V
      when != E4.thread.za_state = V
      when != E4->za_state = V
      when != E4.za_state = V
      when != hc(...)
}

@script:python depends on report@
p << freed_copy_thread_tls_thread_za_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.za_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << freed_copy_thread_tls_thread_za_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.za_state still points at memory freed here, which freeing the child frees again")

@calls_freed_copy_thread_tls_thread_za_state depends on field_resets exists@
identifier child;
identifier hf : script:python() { hf in frees["thread.za_state"] };
expression E3;
position p;
@@

copy_thread_tls(..., struct task_struct *child, ...)
{
  ... when any
(
  hf@p(...);
|
  E3 = hf@p(...);
|
  return hf@p(...);
)
  ... when any
}

@script:python depends on report@
p << calls_freed_copy_thread_tls_thread_za_state.p;
@@

coccilib.report.print_report(p[0], "copy_thread_tls: child thread.za_state still points at memory freed here, which freeing the child frees again")

@script:python depends on org@
p << calls_freed_copy_thread_tls_thread_za_state.p;
@@

coccilib.org.print_todo(p[0], "copy_thread_tls: child thread.za_state still points at memory freed here, which freeing the child frees again")
