/// Finds kernel-FPU ownership that a new thread inherits on powerpc: a copy
/// of the parent's pcb into the child's in cpu_copy_thread, cpu_set_upcall
/// (cpu_fork with -D check_fork), with a path to the return on which
/// pcb_flags keeps one of PCB_KERN_FPU, PCB_KERN_FPU_NOSAVE (FreeBSD PR
/// 247945). The file's static helpers that clear, copy or reset count as
/// the clear, the copy or the reset.
///
// Generated from rules/powerpc.yaml by pcbcheck --write-cocci; do not edit.
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
for key in ["PCB_KERN_FPU", "PCB_KERN_FPU_NOSAVE"]:
    clears[key] = set()
    copies[key] = set()

@clears_PCB_KERN_FPU forall@
identifier helper;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>);
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
helper << clears_PCB_KERN_FPU.helper;
@@

clears["PCB_KERN_FPU"].add(helper)

@copies_PCB_KERN_FPU exists@
identifier helper, from;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
  E->pcb_flags |= <+... PCB_KERN_FPU ...+>;
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python@
helper << copies_PCB_KERN_FPU.helper;
@@

copies["PCB_KERN_FPU"].add(helper)

@clears_PCB_KERN_FPU_NOSAVE forall@
identifier helper;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU_NOSAVE"] };
type RT;
expression E2, W;
@@

static RT helper(...)
{
  ...
(
  E2->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>);
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
helper << clears_PCB_KERN_FPU_NOSAVE.helper;
@@

clears["PCB_KERN_FPU_NOSAVE"].add(helper)

@copies_PCB_KERN_FPU_NOSAVE exists@
identifier helper, from;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU_NOSAVE"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
  E->pcb_flags |= <+... PCB_KERN_FPU_NOSAVE ...+>;
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python@
helper << copies_PCB_KERN_FPU_NOSAVE.helper;
@@

copies["PCB_KERN_FPU_NOSAVE"].add(helper)

@r_cpu_copy_thread_PCB_KERN_FPU exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERN_FPU"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERN_FPU ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERN_FPU ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_copy_thread_PCB_KERN_FPU.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERN_FPU copied from the parent thread")

@script:python depends on org@
p << r_cpu_copy_thread_PCB_KERN_FPU.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERN_FPU copied from the parent thread")

@depends on context@
position r_cpu_copy_thread_PCB_KERN_FPU.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_copy_thread_PCB_KERN_FPU_NOSAVE exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU_NOSAVE"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERN_FPU_NOSAVE"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERN_FPU_NOSAVE ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERN_FPU_NOSAVE ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_copy_thread_PCB_KERN_FPU_NOSAVE.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERN_FPU_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_copy_thread_PCB_KERN_FPU_NOSAVE.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_flags keeps PCB_KERN_FPU_NOSAVE copied from the parent thread")

@depends on context@
position r_cpu_copy_thread_PCB_KERN_FPU_NOSAVE.p;
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_fpu = W
      when != E->pcb_vec = W
(
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_fpu = V;
|
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_vec = V;
)
  ... when any
}

@r_cpu_set_upcall_PCB_KERN_FPU exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERN_FPU"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERN_FPU ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERN_FPU ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_set_upcall_PCB_KERN_FPU.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERN_FPU copied from the parent thread")

@script:python depends on org@
p << r_cpu_set_upcall_PCB_KERN_FPU.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERN_FPU copied from the parent thread")

@depends on context@
position r_cpu_set_upcall_PCB_KERN_FPU.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_set_upcall_PCB_KERN_FPU_NOSAVE exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU_NOSAVE"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERN_FPU_NOSAVE"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERN_FPU_NOSAVE ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERN_FPU_NOSAVE ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_set_upcall_PCB_KERN_FPU_NOSAVE.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERN_FPU_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_set_upcall_PCB_KERN_FPU_NOSAVE.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_flags keeps PCB_KERN_FPU_NOSAVE copied from the parent thread")

@depends on context@
position r_cpu_set_upcall_PCB_KERN_FPU_NOSAVE.p;
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_fpu = W
      when != E->pcb_vec = W
(
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_fpu = V;
|
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_vec = V;
)
  ... when any
}

@r_cpu_fork_PCB_KERN_FPU depends on check_fork exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERN_FPU"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERN_FPU ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERN_FPU ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_fork_PCB_KERN_FPU.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_flags keeps PCB_KERN_FPU copied from the parent thread")

@script:python depends on org@
p << r_cpu_fork_PCB_KERN_FPU.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_flags keeps PCB_KERN_FPU copied from the parent thread")

@depends on context && check_fork@
position r_cpu_fork_PCB_KERN_FPU.p;
identifier I;
expression E, E2;
@@

(
* I@p(...);
|
* *E@p = E2;
)

@r_cpu_fork_PCB_KERN_FPU_NOSAVE depends on check_fork exists@
identifier child, parent;
identifier hc : script:python() { hc in clears["PCB_KERN_FPU_NOSAVE"] };
identifier hcopy : script:python() { hcopy in copies["PCB_KERN_FPU_NOSAVE"] };
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
|
  ... when any
(
  E->pcb_flags |= <+... PCB_KERN_FPU_NOSAVE ...+>;
|
  child->td_pcb->pcb_flags |= <+... PCB_KERN_FPU_NOSAVE ...+>;
)
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != hc(...)
)
}

@script:python depends on report@
p << r_cpu_fork_PCB_KERN_FPU_NOSAVE.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_flags keeps PCB_KERN_FPU_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_fork_PCB_KERN_FPU_NOSAVE.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_flags keeps PCB_KERN_FPU_NOSAVE copied from the parent thread")

@depends on context && check_fork@
position r_cpu_fork_PCB_KERN_FPU_NOSAVE.p;
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
  ... when != E->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != E->pcb_flags = W
      when != KASSERT(<+... E->pcb_flags ...+>, ...)
      when != MPASS(<+... E->pcb_flags ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU ...+>)
      when != child->td_pcb->pcb_flags = W
      when != KASSERT(<+... child->td_pcb->pcb_flags ...+>, ...)
      when != MPASS(<+... child->td_pcb->pcb_flags ...+>)
      when != E->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != child->td_pcb->pcb_flags &= ~(<+... PCB_KERN_FPU_NOSAVE ...+>)
      when != E->pcb_fpu = W
      when != E->pcb_vec = W
(
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_fpu = V;
|
+ E->pcb_flags &= ~(PCB_KERN_FPU | PCB_KERN_FPU_NOSAVE);
  E->pcb_vec = V;
)
  ... when any
}
