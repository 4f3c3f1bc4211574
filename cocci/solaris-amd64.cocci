/// Finds FPU state that a new task keeps from its parent on solaris/amd64:
/// a path through a function that makes the task and never clears one of
/// its flags. With -D field_resets (SPFLAGS="-D field_resets" for make
/// coccicheck), also a path that never resets
/// lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic,
/// lwp_pcb.pcb_fpu.fpu_signal. An error return fails the fork: nothing is
/// required there.
///
// Generated from rules/solaris-amd64.yaml by pcbcheck --write-cocci; do not edit.
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
for key in ["lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic", "lwp_pcb.pcb_fpu.fpu_signal"]:
    clears[key] = set()
    copies[key] = set()

@clears_lwp_pcb_pcb_fpu_fpu_regs_kfpu_u_kfpu_generic forall@
identifier helper;
identifier hc : script:python() { hc in clears["lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V;
|
  E4->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V;
|
  E4.lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V;
|
  E4->pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V;
|
  E4.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V;
|
  E4->fpu_regs.kfpu_u.kfpu_generic = V;
|
  E4.fpu_regs.kfpu_u.kfpu_generic = V;
|
  E4->kfpu_u.kfpu_generic = V;
|
  E4.kfpu_u.kfpu_generic = V;
|
  E4->kfpu_generic = V;
|
  E4.kfpu_generic = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_lwp_pcb_pcb_fpu_fpu_regs_kfpu_u_kfpu_generic.helper;
@@

clears["lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic"].add(helper)

@clears_lwp_pcb_pcb_fpu_fpu_signal forall@
identifier helper;
identifier hc : script:python() { hc in clears["lwp_pcb.pcb_fpu.fpu_signal"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->lwp_pcb.pcb_fpu.fpu_signal = V;
|
  E4->lwp_pcb.pcb_fpu.fpu_signal = V;
|
  E4.lwp_pcb.pcb_fpu.fpu_signal = V;
|
  E4->pcb_fpu.fpu_signal = V;
|
  E4.pcb_fpu.fpu_signal = V;
|
  E4->fpu_signal = V;
|
  E4.fpu_signal = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_lwp_pcb_pcb_fpu_fpu_signal.helper;
@@

clears["lwp_pcb.pcb_fpu.fpu_signal"].add(helper)

@r_fp_lwp_dup_lwp_pcb_pcb_fpu_fpu_regs_kfpu_u_kfpu_generic depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic"] };
typedef klwp_t;
type TT = {struct _klwp, klwp_t};
expression E, E4, V, Err;
position p;
@@

fp_lwp_dup@p(..., TT *child, ...)
{
  ... when != child->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != memset(&child->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u, ...)
      when != memset(&child->lwp_pcb.pcb_fpu.fpu_regs, ...)
      when != memset(&child->lwp_pcb.pcb_fpu, ...)
      when != memset(&child->lwp_pcb, ...)
      when != E4->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4.lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4->pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4->fpu_regs.kfpu_u.kfpu_generic = V
      when != E4.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4->kfpu_u.kfpu_generic = V
      when != E4.kfpu_u.kfpu_generic = V
      when != E4->kfpu_generic = V
      when != E4.kfpu_generic = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic"] };
typedef klwp_t;
type TT = {struct _klwp, klwp_t};
expression E, E4, V, Err;
@@

fp_lwp_dup(..., TT *child, ...)
{
  ... when != child->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != memset(&child->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u, ...)
      when != memset(&child->lwp_pcb.pcb_fpu.fpu_regs, ...)
      when != memset(&child->lwp_pcb.pcb_fpu, ...)
      when != memset(&child->lwp_pcb, ...)
      when != E4->lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4.lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4->pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4->fpu_regs.kfpu_u.kfpu_generic = V
      when != E4.fpu_regs.kfpu_u.kfpu_generic = V
      when != E4->kfpu_u.kfpu_generic = V
      when != E4.kfpu_u.kfpu_generic = V
      when != E4->kfpu_generic = V
      when != E4.kfpu_generic = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fp_lwp_dup_lwp_pcb_pcb_fpu_fpu_regs_kfpu_u_kfpu_generic.p;
@@

coccilib.report.print_report(p[0], "fp_lwp_dup: child lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic still points at the parent's FPU save buffer")

@script:python depends on org@
p << r_fp_lwp_dup_lwp_pcb_pcb_fpu_fpu_regs_kfpu_u_kfpu_generic.p;
@@

coccilib.org.print_todo(p[0], "fp_lwp_dup: child lwp_pcb.pcb_fpu.fpu_regs.kfpu_u.kfpu_generic still points at the parent's FPU save buffer")

@r_fp_lwp_dup_lwp_pcb_pcb_fpu_fpu_signal depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["lwp_pcb.pcb_fpu.fpu_signal"] };
typedef klwp_t;
type TT = {struct _klwp, klwp_t};
expression E, E4, V, Err;
position p;
@@

fp_lwp_dup@p(..., TT *child, ...)
{
  ... when != child->lwp_pcb.pcb_fpu.fpu_signal = V
      when != E->lwp_pcb.pcb_fpu.fpu_signal = V
      when != memset(&child->lwp_pcb.pcb_fpu, ...)
      when != memset(&child->lwp_pcb, ...)
      when != E4->lwp_pcb.pcb_fpu.fpu_signal = V
      when != E4.lwp_pcb.pcb_fpu.fpu_signal = V
      when != E4->pcb_fpu.fpu_signal = V
      when != E4.pcb_fpu.fpu_signal = V
      when != E4->fpu_signal = V
      when != E4.fpu_signal = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["lwp_pcb.pcb_fpu.fpu_signal"] };
typedef klwp_t;
type TT = {struct _klwp, klwp_t};
expression E, E4, V, Err;
@@

fp_lwp_dup(..., TT *child, ...)
{
  ... when != child->lwp_pcb.pcb_fpu.fpu_signal = V
      when != E->lwp_pcb.pcb_fpu.fpu_signal = V
      when != memset(&child->lwp_pcb.pcb_fpu, ...)
      when != memset(&child->lwp_pcb, ...)
      when != E4->lwp_pcb.pcb_fpu.fpu_signal = V
      when != E4.lwp_pcb.pcb_fpu.fpu_signal = V
      when != E4->pcb_fpu.fpu_signal = V
      when != E4.pcb_fpu.fpu_signal = V
      when != E4->fpu_signal = V
      when != E4.fpu_signal = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_fp_lwp_dup_lwp_pcb_pcb_fpu_fpu_signal.p;
@@

coccilib.report.print_report(p[0], "fp_lwp_dup: child lwp_pcb.pcb_fpu.fpu_signal still points at the parent's signal FPU state, which each lwp's cleanup frees")

@script:python depends on org@
p << r_fp_lwp_dup_lwp_pcb_pcb_fpu_fpu_signal.p;
@@

coccilib.org.print_todo(p[0], "fp_lwp_dup: child lwp_pcb.pcb_fpu.fpu_signal still points at the parent's signal FPU state, which each lwp's cleanup frees")
