/// Finds kernel-FPU ownership that a new thread inherits on i386: a copy of
/// the parent's pcb into the child's in cpu_copy_thread, cpu_set_upcall
/// (cpu_fork with -D check_fork), with a path to the return on which
/// pcb_flags keeps one of PCB_KERNNPX, PCB_KERNNPX_THR (FreeBSD PR 247945).
/// With -D field_resets, also a path on which one of the child's pcb_save
/// is not reset (use it on trees whose struct pcb has the field). The
/// file's static helpers that clear, copy or reset count as the clear, the
/// copy or the reset.
///
// Generated from rules/i386.yaml by pcbcheck --write-cocci; do not edit.
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
for key in ["PCB_KERNNPX", "PCB_KERNNPX_THR", "pcb_save"]:
    clears[key] = set()
    copies[key] = set()

@clears_PCB_KERNNPX forall@
identifier helper;
identifier hc : script:python() { hc in clears["PCB_KERNNPX"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->pcb_flags &= ~(<+... PCB_KERNNPX ...+>);
|
  E2->pcb_flags = W;
|
  KASSERT(<+... E2->pcb_flags ...+>, ...);
|
  MPASS(<+... E2->pcb_flags ...+>);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_PCB_KERNNPX.helper;
@@

clears["PCB_KERNNPX"].add(helper)

@copies_PCB_KERNNPX exists@
identifier helper, from;
identifier hc : script:python() { hc in clears["PCB_KERNNPX"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
  E->pcb_flags |= <+... PCB_KERNNPX ...+>;
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python@
helper << copies_PCB_KERNNPX.helper;
@@

copies["PCB_KERNNPX"].add(helper)

@clears_PCB_KERNNPX_THR forall@
identifier helper;
identifier hc : script:python() { hc in clears["PCB_KERNNPX_THR"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>);
|
  E2->pcb_flags = W;
|
  KASSERT(<+... E2->pcb_flags ...+>, ...);
|
  MPASS(<+... E2->pcb_flags ...+>);
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_PCB_KERNNPX_THR.helper;
@@

clears["PCB_KERNNPX_THR"].add(helper)

@copies_PCB_KERNNPX_THR exists@
identifier helper, from;
identifier hc : script:python() { hc in clears["PCB_KERNNPX_THR"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
  E->pcb_flags |= <+... PCB_KERNNPX_THR ...+>;
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python@
helper << copies_PCB_KERNNPX_THR.helper;
@@

copies["PCB_KERNNPX_THR"].add(helper)

@clears_pcb_save forall@
identifier helper;
identifier hc : script:python() { hc in clears["pcb_save"] };
type RT;
expression E2, V;
@@

static RT helper(...)
{
  ...
(
  E2->pcb_save = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_pcb_save.helper;
@@

clears["pcb_save"].add(helper)

@copies_pcb_save exists@
identifier helper, from;
identifier hc : script:python() { hc in clears["pcb_save"] };
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
  ... when != E->pcb_save = V
      when != hc(...)
}

@script:python@
helper << copies_pcb_save.helper;
@@

copies["pcb_save"].add(helper)

@r_cpu_copy_thread_PCB_KERNNPX exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERNNPX"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERNNPX"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERNNPX ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERNNPX ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_copy_thread_PCB_KERNNPX.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERNNPX copied from the parent thread")

@script:python depends on org@
p << r_cpu_copy_thread_PCB_KERNNPX.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERNNPX copied from the parent thread")

@depends on context@
position r_cpu_copy_thread_PCB_KERNNPX.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_copy_thread_PCB_KERNNPX_THR exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERNNPX_THR"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERNNPX_THR"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERNNPX_THR ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERNNPX_THR ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_copy_thread_PCB_KERNNPX_THR.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERNNPX_THR copied from the parent thread")

@script:python depends on org@
p << r_cpu_copy_thread_PCB_KERNNPX_THR.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERNNPX_THR copied from the parent thread")

@depends on context@
position r_cpu_copy_thread_PCB_KERNNPX_THR.p;
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_save = W
+ E->pcb_flags &= ~(PCB_NPXINITDONE | PCB_NPXUSERINITDONE | PCB_KERNNPX | PCB_KERNNPX_THR);
  E->pcb_save = V;
  ... when any
}

@r_cpu_copy_thread_pcb_save depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["pcb_save"] };
identifier hcopy : script:python() { hcopy in copies["pcb_save"] };
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
  ... when != E->pcb_save = V
      when != child->td_pcb->pcb_save = V
      when != hc(...)
}

@script:python depends on report@
p << r_cpu_copy_thread_pcb_save.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_save still points at the parent's FPU save area")

@script:python depends on org@
p << r_cpu_copy_thread_pcb_save.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_save still points at the parent's FPU save area")

@depends on context && field_resets@
position r_cpu_copy_thread_pcb_save.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@last_write_cpu_copy_thread_pcb_save depends on patch && field_resets && r_cpu_copy_thread_pcb_save exists@
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
+ E->pcb_save = get_pcb_user_save_pcb(E);
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@last_index_cpu_copy_thread_pcb_save depends on patch && field_resets && r_cpu_copy_thread_pcb_save && !last_write_cpu_copy_thread_pcb_save exists@
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
+ E->pcb_save = get_pcb_user_save_pcb(E);
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@depends on patch && field_resets && r_cpu_copy_thread_pcb_save && !last_write_cpu_copy_thread_pcb_save && !last_index_cpu_copy_thread_pcb_save exists@
identifier child, parent;
expression E, N;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  memcpy(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  memmove(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  __builtin_memcpy(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  __builtin_memmove(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  *E = *parent->td_pcb;
+ E->pcb_save = get_pcb_user_save_pcb(E);
)
  ... when any
}

@r_cpu_set_upcall_PCB_KERNNPX exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERNNPX"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERNNPX"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERNNPX ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERNNPX ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_set_upcall_PCB_KERNNPX.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERNNPX copied from the parent thread")

@script:python depends on org@
p << r_cpu_set_upcall_PCB_KERNNPX.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERNNPX copied from the parent thread")

@depends on context@
position r_cpu_set_upcall_PCB_KERNNPX.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_set_upcall_PCB_KERNNPX_THR exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERNNPX_THR"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERNNPX_THR"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERNNPX_THR ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERNNPX_THR ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_set_upcall_PCB_KERNNPX_THR.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERNNPX_THR copied from the parent thread")

@script:python depends on org@
p << r_cpu_set_upcall_PCB_KERNNPX_THR.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERNNPX_THR copied from the parent thread")

@depends on context@
position r_cpu_set_upcall_PCB_KERNNPX_THR.p;
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_save = W
+ E->pcb_flags &= ~(PCB_NPXINITDONE | PCB_NPXUSERINITDONE | PCB_KERNNPX | PCB_KERNNPX_THR);
  E->pcb_save = V;
  ... when any
}

@r_cpu_set_upcall_pcb_save depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["pcb_save"] };
identifier hcopy : script:python() { hcopy in copies["pcb_save"] };
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
  ... when != E->pcb_save = V
      when != child->td_pcb->pcb_save = V
      when != hc(...)
}

@script:python depends on report@
p << r_cpu_set_upcall_pcb_save.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_save still points at the parent's FPU save area")

@script:python depends on org@
p << r_cpu_set_upcall_pcb_save.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_save still points at the parent's FPU save area")

@depends on context && field_resets@
position r_cpu_set_upcall_pcb_save.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@last_write_cpu_set_upcall_pcb_save depends on patch && field_resets && r_cpu_set_upcall_pcb_save exists@
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
+ E->pcb_save = get_pcb_user_save_pcb(E);
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@last_index_cpu_set_upcall_pcb_save depends on patch && field_resets && r_cpu_set_upcall_pcb_save && !last_write_cpu_set_upcall_pcb_save exists@
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
+ E->pcb_save = get_pcb_user_save_pcb(E);
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@depends on patch && field_resets && r_cpu_set_upcall_pcb_save && !last_write_cpu_set_upcall_pcb_save && !last_index_cpu_set_upcall_pcb_save exists@
identifier child, parent;
expression E, N;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  memcpy(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  memmove(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  __builtin_memcpy(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  __builtin_memmove(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  *E = *parent->td_pcb;
+ E->pcb_save = get_pcb_user_save_pcb(E);
)
  ... when any
}

@r_cpu_fork_PCB_KERNNPX depends on check_fork exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERNNPX"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERNNPX"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERNNPX ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERNNPX ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_fork_PCB_KERNNPX.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_flags keeps PCB_KERNNPX copied from the parent thread")

@script:python depends on org@
p << r_cpu_fork_PCB_KERNNPX.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_flags keeps PCB_KERNNPX copied from the parent thread")

@depends on context && check_fork@
position r_cpu_fork_PCB_KERNNPX.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_fork_PCB_KERNNPX_THR depends on check_fork exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERNNPX_THR"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERNNPX_THR"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERNNPX_THR ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERNNPX_THR ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_fork_PCB_KERNNPX_THR.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_flags keeps PCB_KERNNPX_THR copied from the parent thread")

@script:python depends on org@
p << r_cpu_fork_PCB_KERNNPX_THR.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_flags keeps PCB_KERNNPX_THR copied from the parent thread")

@depends on context && check_fork@
position r_cpu_fork_PCB_KERNNPX_THR.p;
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERNNPX_THR ...+>)
      when != E->pcb_save = W
+ E->pcb_flags &= ~(PCB_KERNNPX | PCB_KERNNPX_THR);
  E->pcb_save = V;
  ... when any
}

@r_cpu_fork_pcb_save depends on field_resets exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["pcb_save"] };
identifier hcopy : script:python() { hcopy in copies["pcb_save"] };
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
  ... when != E->pcb_save = V
      when != child->td_pcb->pcb_save = V
      when != hc(...)
}

@script:python depends on report@
p << r_cpu_fork_pcb_save.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_save still points at the parent's FPU save area")

@script:python depends on org@
p << r_cpu_fork_pcb_save.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_save still points at the parent's FPU save area")

@depends on context && field_resets@
position r_cpu_fork_pcb_save.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@last_write_cpu_fork_pcb_save depends on patch && field_resets && r_cpu_fork_pcb_save exists@
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
+ E->pcb_save = get_pcb_user_save_pcb(E);
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@last_index_cpu_fork_pcb_save depends on patch && field_resets && r_cpu_fork_pcb_save && !last_write_cpu_fork_pcb_save exists@
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
+ E->pcb_save = get_pcb_user_save_pcb(E);
  ... when != E->fld2 = V2
      when != E->fld2[J] = V2
}

@depends on patch && field_resets && r_cpu_fork_pcb_save && !last_write_cpu_fork_pcb_save && !last_index_cpu_fork_pcb_save exists@
identifier child, parent;
expression E, N;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
  bcopy(parent->td_pcb, E, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  memcpy(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  memmove(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  __builtin_memcpy(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  __builtin_memmove(E, parent->td_pcb, N);
+ E->pcb_save = get_pcb_user_save_pcb(E);
|
  *E = *parent->td_pcb;
+ E->pcb_save = get_pcb_user_save_pcb(E);
)
  ... when any
}
