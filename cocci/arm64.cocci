/// Finds kernel-FPU ownership that a new thread inherits on arm64: a copy of the
/// parent's pcb into the child's in cpu_copy_thread, cpu_set_upcall
/// (cpu_fork with -D check_fork), with a path to the return on which
/// pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE (FreeBSD PR 247945).
///
// Generated from rules/arm64.yaml by pcbcheck --write-cocci; do not edit.
// Confidence: Moderate
// Copyright: (C) the pcbcheck developers
// Options: --no-includes
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report
virtual check_fork

@r_cpu_copy_thread depends on (report || org) exists@
identifier child, parent;
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
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
}

@depends on context exists@
identifier child, parent;
expression E, N, W;
@@

cpu_copy_thread(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
* bcopy(parent->td_pcb, E, N);
|
* memcpy(E, parent->td_pcb, N);
|
* memmove(E, parent->td_pcb, N);
|
* __builtin_memcpy(E, parent->td_pcb, N);
|
* __builtin_memmove(E, parent->td_pcb, N);
|
* *E = *parent->td_pcb;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
}

@depends on patch exists@
identifier child, parent;
expression E, N, W;
expression V;
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
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != E->pcb_fpusaved = W
      when != E->pcb_vfpcpu = W
(
+ E->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_SVEVALID | PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_fpusaved = V;
|
+ E->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_SVEVALID | PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpcpu = V;
)
  ... when any
}

@script:python depends on report@
p << r_cpu_copy_thread.p;
@@

coccilib.report.print_report(p[0], "cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_copy_thread.p;
@@

coccilib.org.print_todo(p[0], "cpu_copy_thread: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread")

@r_cpu_set_upcall depends on (report || org) exists@
identifier child, parent;
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
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
}

@depends on context exists@
identifier child, parent;
expression E, N, W;
@@

cpu_set_upcall(struct thread *child, struct thread *parent, ...)
{
  ... when any
(
* bcopy(parent->td_pcb, E, N);
|
* memcpy(E, parent->td_pcb, N);
|
* memmove(E, parent->td_pcb, N);
|
* __builtin_memcpy(E, parent->td_pcb, N);
|
* __builtin_memmove(E, parent->td_pcb, N);
|
* *E = *parent->td_pcb;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
}

@depends on patch exists@
identifier child, parent;
expression E, N, W;
expression V;
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
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != E->pcb_fpusaved = W
      when != E->pcb_vfpcpu = W
(
+ E->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_SVEVALID | PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_fpusaved = V;
|
+ E->pcb_fpflags &= ~(PCB_FP_STARTED | PCB_FP_SVEVALID | PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpcpu = V;
)
  ... when any
}

@script:python depends on report@
p << r_cpu_set_upcall.p;
@@

coccilib.report.print_report(p[0], "cpu_set_upcall: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_set_upcall.p;
@@

coccilib.org.print_todo(p[0], "cpu_set_upcall: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread")

@r_cpu_fork depends on (report || org) && check_fork exists@
identifier child, parent;
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
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
}

@depends on context && check_fork exists@
identifier child, parent;
expression E, N, W;
@@

cpu_fork(struct thread *parent, ..., struct thread *child, ...)
{
  ... when any
(
* bcopy(parent->td_pcb, E, N);
|
* memcpy(E, parent->td_pcb, N);
|
* memmove(E, parent->td_pcb, N);
|
* __builtin_memcpy(E, parent->td_pcb, N);
|
* __builtin_memmove(E, parent->td_pcb, N);
|
* *E = *parent->td_pcb;
)
  ... when != E->pcb_fpflags &= ~(<+... PCB_FP_KERN ...+>)
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
}

@depends on patch && check_fork exists@
identifier child, parent;
expression E, N, W;
expression V;
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
      when != E->pcb_fpflags &= ~(<+... PCB_FP_NOSAVE ...+>)
      when != E->pcb_fpflags = W
      when != vfp_new_thread(child, ...)
      when != KASSERT(<+... E->pcb_fpflags ...+>, ...)
      when != MPASS(<+... E->pcb_fpflags ...+>)
      when != E->pcb_fpusaved = W
      when != E->pcb_vfpcpu = W
(
+ E->pcb_fpflags &= ~(PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_fpusaved = V;
|
+ E->pcb_fpflags &= ~(PCB_FP_KERN | PCB_FP_NOSAVE);
  E->pcb_vfpcpu = V;
)
  ... when any
}

@script:python depends on report@
p << r_cpu_fork.p;
@@

coccilib.report.print_report(p[0], "cpu_fork: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread")

@script:python depends on org@
p << r_cpu_fork.p;
@@

coccilib.org.print_todo(p[0], "cpu_fork: child pcb_fpflags keeps PCB_FP_KERN | PCB_FP_NOSAVE copied from the parent thread")
