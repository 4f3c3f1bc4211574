/// Finds kernel-FPU ownership that a new thread inherits on arm: a copy of
/// the parent's pcb into the child's in cpu_copy_thread, cpu_set_upcall
/// (cpu_fork with -D check_fork), with a path to the return on which
/// pcb_fpflags keeps one of PCB_FP_KERN, PCB_FP_NOSAVE (FreeBSD PR 247945).
/// With -D field_resets, also a path on which one of the child's
/// pcb_vfpsaved is not reset (use it on trees whose struct pcb has the
/// field). The file's static helpers that clear, copy or reset count as the
/// clear, the copy or the reset.
///
// Generated from rules/arm.yaml by pcbcheck --write-cocci; do not edit.
// Confidence: Moderate
// Copyright: (C) the pcbcheck developers
// Options: --no-includes
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report
virtual check_fork
virtual field_resets

@initialize:python@
@@

# By flag or field: the file's static functions that clear it on
# every path, and those that copy a parent's pcb and leave it.
clears = {}
copies = {}
for key in ["PCB_FP_KERN", "PCB_FP_NOSAVE", "pcb_vfpsaved"]:
    clears[key] = set()
    copies[key] = set()

@clears_PCB_FP_KERN forall@
identifier helper;
identifier hc : script:python() { hc in clears["PCB_FP_KERN"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>);
|
  E2->pcb_fpflags = W;
|
  vfp_new_thread(...);
|
  KASSERT(<+... E2->pcb_fpflags ...+>, ...);
|
  MPASS(<+... E2->pcb_fpflags ...+>);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_PCB_FP_KERN.helper;
@@

clears["PCB_FP_KERN"].add(helper)

@copies_PCB_FP_KERN exists@
identifier helper, from;
identifier hc : script:python() { hc in clears["PCB_FP_KERN"] };
type RT;
expression E, N, W;
@@

static RT helper(..., struct thread *from, ...)
{
  ... when any
(
  bcopy(from->td_pcb, E, N);
|
  memcpy(E, from->td_pcb, N);
|
  memmove(E, from->td_pcb, N);
|
  __builtin_memcpy(E, from->td_pcb, N);
|
  __builtin_memmove(E, from->td_pcb, N);
|
  *E = *from->td_pcb;
)
(
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != hc(...)
|
  ... when any
  E->pcb_fpflags |= <+... PCB_FP_KERN ...+>;
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != hc(...)
)
}

@script:python@
helper << copies_PCB_FP_KERN.helper;
@@

copies["PCB_FP_KERN"].add(helper)

@clears_PCB_FP_NOSAVE forall@
identifier helper;
identifier hc : script:python() { hc in clears["PCB_FP_NOSAVE"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>);
|
  E2->pcb_fpflags = W;
|
  vfp_new_thread(...);
|
  KASSERT(<+... E2->pcb_fpflags ...+>, ...);
|
  MPASS(<+... E2->pcb_fpflags ...+>);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_PCB_FP_NOSAVE.helper;
@@

clears["PCB_FP_NOSAVE"].add(helper)

@copies_PCB_FP_NOSAVE exists@
identifier helper, from;
identifier hc : script:python() { hc in clears["PCB_FP_NOSAVE"] };
type RT;
expression E, N, W;
@@

static RT helper(..., struct thread *from, ...)
{
  ... when any
(
  bcopy(from->td_pcb, E, N);
|
  memcpy(E, from->td_pcb, N);
|
  memmove(E, from->td_pcb, N);
|
  __builtin_memcpy(E, from->td_pcb, N);
|
  __builtin_memmove(E, from->td_pcb, N);
|
  *E = *from->td_pcb;
)
(
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != hc(...)
|
  ... when any
  E->pcb_fpflags |= <+... PCB_FP_NOSAVE ...+>;
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != hc(...)
)
}

@script:python@
helper << copies_PCB_FP_NOSAVE.helper;
@@

copies["PCB_FP_NOSAVE"].add(helper)

@clears_pcb_vfpsaved forall@
identifier helper;
identifier hc : script:python() { hc in clears["pcb_vfpsaved"] };
type RT;
expression E2, V;
@@

static RT helper(...)
{
  ...
(
  E2->pcb_vfpsaved = V;
|
  vfp_new_thread(...);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_pcb_vfpsaved.helper;
@@

clears["pcb_vfpsaved"].add(helper)

@copies_pcb_vfpsaved exists@
identifier helper, from;
identifier hc : script:python() { hc in clears["pcb_vfpsaved"] };
type RT;
expression E, N, V;
@@

static RT helper(..., struct thread *from, ...)
{
  ... when any
(
  bcopy(from->td_pcb, E, N);
|
  memcpy(E, from->td_pcb, N);
|
  memmove(E, from->td_pcb, N);
|
  __builtin_memcpy(E, from->td_pcb, N);
|
  __builtin_memmove(E, from->td_pcb, N);
|
  *E = *from->td_pcb;
)
  ... when != E->pcb_vfpsaved = V
      when != vfp_new_thread(...)
      when != hc(...)
}

@script:python@
helper << copies_pcb_vfpsaved.helper;
@@

copies["pcb_vfpsaved"].add(helper)

@r_cpu_copy_thread_PCB_FP_KERN exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_FP_KERN"] };
identifier hcopy : script:python() { hcopy in copies["PCB_FP_KERN"] };
expression E, N, W;
position p;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
(
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_fpflags |= <+... PCB_FP_KERN ...+>;
|
  child->td_pcb->pcb_fpflags |= <+... PCB_FP_KERN ...+>;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_copy_thread_PCB_FP_KERN.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN copied from the parent thread")

@script:python depends on org@
p << r_cpu_copy_thread_PCB_FP_KERN.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN copied from the parent thread")

@depends on context@
position r_cpu_copy_thread_PCB_FP_KERN.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_copy_thread_PCB_FP_NOSAVE exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_FP_NOSAVE"] };
identifier hcopy : script:python() { hcopy in copies["PCB_FP_NOSAVE"] };
expression E, N, W;
position p;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
(
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_fpflags |= <+... PCB_FP_NOSAVE ...+>;
|
  child->td_pcb->pcb_fpflags |= <+... PCB_FP_NOSAVE ...+>;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_copy_thread_PCB_FP_NOSAVE.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_copy_thread_PCB_FP_NOSAVE.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread")

@depends on context@
position r_cpu_copy_thread_PCB_FP_NOSAVE.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@depends on patch && !field_resets exists@
identifier child, parent;
expression E, N, W, V;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_vfpsaved = W
      when != E->pcb_vfpcpu = W
(
+ E->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpsaved = V;
|
+ E->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpcpu = V;
)
  ... when any
}

@r_cpu_copy_thread_pcb_vfpsaved depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["pcb_vfpsaved"] };
identifier hcopy : script:python() { hcopy in copies["pcb_vfpsaved"] };
expression E, N, V;
position p;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
  ... when != E->pcb_vfpsaved = V
      when != vfp_new_thread(child, ...)
      when != child->td_pcb->pcb_vfpsaved = V
      when != hc(...)
}

@script:python depends on report@
p << r_cpu_copy_thread_pcb_vfpsaved.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_vfpsaved still points into the parent's pcb")

@script:python depends on org@
p << r_cpu_copy_thread_pcb_vfpsaved.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_vfpsaved still points into the parent's pcb")

@depends on context && field_resets@
position r_cpu_copy_thread_pcb_vfpsaved.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@last_write_cpu_copy_thread_pcb_vfpsaved depends on patch && field_resets && r_cpu_copy_thread_pcb_vfpsaved exists@
identifier child, parent, fld, fld2;
expression E, N, V, V2, J;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when any
  E->fld = V;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@last_index_cpu_copy_thread_pcb_vfpsaved depends on patch && field_resets && r_cpu_copy_thread_pcb_vfpsaved && !last_write_cpu_copy_thread_pcb_vfpsaved exists@
identifier child, parent, fld, fld2;
expression E, N, V, V2, J, J2;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when any
  E->fld[J2] = V;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@depends on patch && field_resets && r_cpu_copy_thread_pcb_vfpsaved && !last_write_cpu_copy_thread_pcb_vfpsaved && !last_index_cpu_copy_thread_pcb_vfpsaved exists@
identifier child, parent;
expression E, N;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  memcpy(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  memmove(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  __builtin_memcpy(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  __builtin_memmove(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  *E = *parent->td_pcb;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
)
  ... when any
}

@r_cpu_set_upcall_PCB_FP_KERN exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_FP_KERN"] };
identifier hcopy : script:python() { hcopy in copies["PCB_FP_KERN"] };
expression E, N, W;
position p;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
(
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_fpflags |= <+... PCB_FP_KERN ...+>;
|
  child->td_pcb->pcb_fpflags |= <+... PCB_FP_KERN ...+>;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_set_upcall_PCB_FP_KERN.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_fpflags keeps PCB_FP_KERN copied from the parent thread")

@script:python depends on org@
p << r_cpu_set_upcall_PCB_FP_KERN.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_fpflags keeps PCB_FP_KERN copied from the parent thread")

@depends on context@
position r_cpu_set_upcall_PCB_FP_KERN.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_set_upcall_PCB_FP_NOSAVE exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_FP_NOSAVE"] };
identifier hcopy : script:python() { hcopy in copies["PCB_FP_NOSAVE"] };
expression E, N, W;
position p;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
(
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_fpflags |= <+... PCB_FP_NOSAVE ...+>;
|
  child->td_pcb->pcb_fpflags |= <+... PCB_FP_NOSAVE ...+>;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_set_upcall_PCB_FP_NOSAVE.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_set_upcall_PCB_FP_NOSAVE.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread")

@depends on context@
position r_cpu_set_upcall_PCB_FP_NOSAVE.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@depends on patch && !field_resets exists@
identifier child, parent;
expression E, N, W, V;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_vfpsaved = W
      when != E->pcb_vfpcpu = W
(
+ E->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpsaved = V;
|
+ E->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpcpu = V;
)
  ... when any
}

@r_cpu_set_upcall_pcb_vfpsaved depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["pcb_vfpsaved"] };
identifier hcopy : script:python() { hcopy in copies["pcb_vfpsaved"] };
expression E, N, V;
position p;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
  ... when != E->pcb_vfpsaved = V
      when != vfp_new_thread(child, ...)
      when != child->td_pcb->pcb_vfpsaved = V
      when != hc(...)
}

@script:python depends on report@
p << r_cpu_set_upcall_pcb_vfpsaved.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_vfpsaved still points into the parent's pcb")

@script:python depends on org@
p << r_cpu_set_upcall_pcb_vfpsaved.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_vfpsaved still points into the parent's pcb")

@depends on context && field_resets@
position r_cpu_set_upcall_pcb_vfpsaved.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@last_write_cpu_set_upcall_pcb_vfpsaved depends on patch && field_resets && r_cpu_set_upcall_pcb_vfpsaved exists@
identifier child, parent, fld, fld2;
expression E, N, V, V2, J;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when any
  E->fld = V;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@last_index_cpu_set_upcall_pcb_vfpsaved depends on patch && field_resets && r_cpu_set_upcall_pcb_vfpsaved && !last_write_cpu_set_upcall_pcb_vfpsaved exists@
identifier child, parent, fld, fld2;
expression E, N, V, V2, J, J2;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when any
  E->fld[J2] = V;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@depends on patch && field_resets && r_cpu_set_upcall_pcb_vfpsaved && !last_write_cpu_set_upcall_pcb_vfpsaved && !last_index_cpu_set_upcall_pcb_vfpsaved exists@
identifier child, parent;
expression E, N;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  memcpy(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  memmove(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  __builtin_memcpy(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  __builtin_memmove(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  *E = *parent->td_pcb;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
)
  ... when any
}

@r_cpu_fork_PCB_FP_KERN depends on check_fork exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_FP_KERN"] };
identifier hcopy : script:python() { hcopy in copies["PCB_FP_KERN"] };
expression E, N, W;
position p;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
(
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_fpflags |= <+... PCB_FP_KERN ...+>;
|
  child->td_pcb->pcb_fpflags |= <+... PCB_FP_KERN ...+>;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_fork_PCB_FP_KERN.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_fpflags keeps PCB_FP_KERN copied from the parent thread")

@script:python depends on org@
p << r_cpu_fork_PCB_FP_KERN.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_fpflags keeps PCB_FP_KERN copied from the parent thread")

@depends on context && check_fork@
position r_cpu_fork_PCB_FP_KERN.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_fork_PCB_FP_NOSAVE depends on check_fork exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_FP_NOSAVE"] };
identifier hcopy : script:python() { hcopy in copies["PCB_FP_NOSAVE"] };
expression E, N, W;
position p;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
(
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_fpflags |= <+... PCB_FP_NOSAVE ...+>;
|
  child->td_pcb->pcb_fpflags |= <+... PCB_FP_NOSAVE ...+>;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_fork_PCB_FP_NOSAVE.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_fork_PCB_FP_NOSAVE.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_fpflags keeps PCB_FP_NOSAVE copied from the parent thread")

@depends on context && check_fork@
position r_cpu_fork_PCB_FP_NOSAVE.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@depends on patch && !field_resets && check_fork exists@
identifier child, parent;
expression E, N, W, V;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != child->td_pcb->pcb_fpflags = W
      when != KASSERT(<+... child->td_pcb->pcb_fpflags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_fpflags ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != child->td_pcb->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_vfpsaved = W
      when != E->pcb_vfpcpu = W
(
+ E->pcb_fpflags &= ~(PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpsaved = V;
|
+ E->pcb_fpflags &= ~(PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpcpu = V;
)
  ... when any
}

@r_cpu_fork_pcb_vfpsaved depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["pcb_vfpsaved"] };
identifier hcopy : script:python() { hcopy in copies["pcb_vfpsaved"] };
expression E, N, V;
position p;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy@p(parent->td_pcb, E, N);
|
  memcpy@p(E, parent->td_pcb, N);
|
  memmove@p(E, parent->td_pcb, N);
|
  __builtin_memcpy@p(E, parent->td_pcb, N);
|
  __builtin_memmove@p(E, parent->td_pcb, N);
|
  *E@p = *parent->td_pcb;
|
  hcopy@p(...);
)
  ... when != E->pcb_vfpsaved = V
      when != vfp_new_thread(child, ...)
      when != child->td_pcb->pcb_vfpsaved = V
      when != hc(...)
}

@script:python depends on report@
p << r_cpu_fork_pcb_vfpsaved.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_vfpsaved still points into the parent's pcb")

@script:python depends on org@
p << r_cpu_fork_pcb_vfpsaved.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_vfpsaved still points into the parent's pcb")

@depends on context && field_resets@
position r_cpu_fork_pcb_vfpsaved.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@last_write_cpu_fork_pcb_vfpsaved depends on patch && field_resets && r_cpu_fork_pcb_vfpsaved exists@
identifier child, parent, fld, fld2;
expression E, N, V, V2, J;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when any
  E->fld = V;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@last_index_cpu_fork_pcb_vfpsaved depends on patch && field_resets && r_cpu_fork_pcb_vfpsaved && !last_write_cpu_fork_pcb_vfpsaved exists@
identifier child, parent, fld, fld2;
expression E, N, V, V2, J, J2;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
|
  memcpy(E, parent->td_pcb, N);
|
  memmove(E, parent->td_pcb, N);
|
  __builtin_memcpy(E, parent->td_pcb, N);
|
  __builtin_memmove(E, parent->td_pcb, N);
|
  *E = *parent->td_pcb;
)
  ... when any
  E->fld[J2] = V;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@depends on patch && field_resets && r_cpu_fork_pcb_vfpsaved && !last_write_cpu_fork_pcb_vfpsaved && !last_index_cpu_fork_pcb_vfpsaved exists@
identifier child, parent;
expression E, N;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  memcpy(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  memmove(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  __builtin_memcpy(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  __builtin_memmove(E, parent->td_pcb, N);
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
|
  *E = *parent->td_pcb;
+ E->pcb_vfpsaved = &E->pcb_vfpstate;
)
  ... when any
}
