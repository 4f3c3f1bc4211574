/// Finds FPU state that a new task keeps from its parent on linux/arm: a
/// path through a function that makes the task and never clears one of its
/// flags. With -D field_resets (SPFLAGS="-D field_resets" for make
/// coccicheck), also a path that never resets hard.cpu. An error return
/// fails the fork: nothing is required there.
///
// Generated from rules/linux-arm.yaml by pcbcheck --write-cocci; do not edit.
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
for key in ["hard.cpu"]:
    clears[key] = set()
    copies[key] = set()

@clears_hard_cpu forall@
identifier helper;
identifier hc : script:python() { hc in clears["hard.cpu"] };
type RT;
expression E2, E4, V;
@@

static RT helper(...)
{
  ...
(
  E2->hard.cpu = V;
|
  E4->hard.cpu = V;
|
  E4.hard.cpu = V;
|
  E4->cpu = V;
|
  E4.cpu = V;
|
  hc(...);
)
  ...
}

@script:python@
helper << clears_hard_cpu.helper;
@@

clears["hard.cpu"].add(helper)

@r_vfp_thread_copy_hard_cpu depends on field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["hard.cpu"] };
expression E4, V, Err;
struct vfp_state *E;
position p;
@@

vfp_thread_copy@p(..., struct thread_info *child, ...)
{
  ... when != child->hard.cpu = V
      when != E->hard.cpu = V
      when != memset(&child->hard, ...)
      when != E4->hard.cpu = V
      when != E4.hard.cpu = V
      when != E4->cpu = V
      when != E4.cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
}

@depends on context && field_resets exists@
identifier child;
identifier hc : script:python() { hc in clears["hard.cpu"] };
expression E4, V, Err;
struct vfp_state *E;
@@

vfp_thread_copy(..., struct thread_info *child, ...)
{
  ... when != child->hard.cpu = V
      when != E->hard.cpu = V
      when != memset(&child->hard, ...)
      when != E4->hard.cpu = V
      when != E4.hard.cpu = V
      when != E4->cpu = V
      when != E4.cpu = V
      when != return -Err;
      when != return (-Err);
      when != hc(...)
* return ...;
}

@script:python depends on report@
p << r_vfp_thread_copy_hard_cpu.p;
@@

coccilib.report.print_report(p[0], "vfp_thread_copy: child hard.cpu still names the CPU that last held the parent's VFP registers")

@script:python depends on org@
p << r_vfp_thread_copy_hard_cpu.p;
@@

coccilib.org.print_todo(p[0], "vfp_thread_copy: child hard.cpu still names the CPU that last held the parent's VFP registers")
