//===- HistoryReport.cpp - Intervals and branches of an audit -------------===//
//
// A finding is the same finding from revision to revision when it is in
// the same function of the same file; it is introduced where it first
// appears, fixed where it disappears, and a revision that could not be
// analyzed neither opens nor closes anything.
//
//===----------------------------------------------------------------------===//

#include "Git.h"
#include "History.h"
#include "PcbFpuFlagsChecker.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Regex.h"

#include <set>

using namespace pcbcheck;
using namespace llvm;

namespace {

/// Git's short form, as FreeBSD writes commit ids.
std::string shortId(StringRef Id) { return Id.take_front(12).str(); }

/// The commits of the range (the one it starts from is not one).
size_t rangeCommits(const Audit &A) {
  return A.LineCount - (A.LineCount && A.Commits.front().Before);
}

/// A finding's identity across revisions: function, file, and for
/// mdthread.PcbFpuState the field (the flags a finding names may change
/// from one revision to the next; it is the same finding).
struct FindingKey {
  std::string Function, File, Field;
  bool operator<(const FindingKey &O) const {
    return std::tie(Function, File, Field) <
           std::tie(O.Function, O.File, O.Field);
  }
  bool operator==(const FindingKey &O) const {
    return Function == O.Function && File == O.File && Field == O.Field;
  }
};

FindingKey keyOf(const Finding &F) {
  FindingKey K{F.Function.empty() ? F.Message : F.Function, F.Where.File, ""};
  if (F.Checker == StateCheckerName) {
    // "FN: child FIELD still ...".
    StringRef M = F.Message;
    size_t At = M.find(": child ");
    if (At != StringRef::npos)
      K.Field = M.drop_front(At + 8).split(' ').first.str();
  }
  return K;
}

/// One stretch of revisions that carry a finding.
struct Interval {
  size_t Arch = 0;
  FindingKey Key;
  const Finding *First = nullptr;
  size_t From = 0;
  /// Why From is not where it was introduced, when it is not: the audit
  /// cannot see before it.
  std::string PresentBecause;
  std::optional<size_t> FixedAt;
  /// Why FixedAt is only where it is gone, when it is: the revisions
  /// just before could not be analyzed, and the fix may be one of them.
  std::string GoneBecause;
};

/// How one branch tip stands to one finding.
struct BranchLine {
  size_t Arch = 0;
  FindingKey Key;
  enum Kind {
    Carries,
    Reintroduced, ///< Carries it though its fix is on the branch.
    HasFix,
    CherryPicked,
    Unanalyzable
  } K = Carries;
  std::string Fix, By; ///< Full ids.
  bool OnLine = true;  ///< The finding is in the audited line too.
  std::string Reason;
};

struct Report {
  const Audit &A;
  std::vector<Interval> Intervals;
  std::vector<std::pair<size_t, size_t>> Unanalyzable; // (arch, commit)
  std::map<size_t, std::vector<BranchLine>> Branches;  // commit -> lines
  unsigned Open = 0;        ///< Intervals still open at the tip.
  unsigned OnBranches = 0;  ///< Findings branch tips carry.

  explicit Report(const Audit &A) : A(A) {}

  void intervals() {
    for (size_t Arch = 0; Arch < A.Arches.size(); ++Arch) {
      std::map<FindingKey, size_t> Opened;
      bool Seen = false;
      // The revision just before, when it could not be analyzed: what
      // appears or goes now may have done so there.
      std::optional<size_t> AfterFailed;
      for (const auto &[C, D] : A.Arches[Arch].At) {
        if (C >= A.LineCount)
          break;
        if (D.Verdict->K == RevisionVerdict::Failed) {
          Unanalyzable.push_back({Arch, C});
          AfterFailed = C;
          continue;
        }
        std::string Unsure;
        if (AfterFailed)
          Unsure = "after " + shortId(A.Commits[*AfterFailed].Id) +
                   ", which could not be analyzed";
        std::map<FindingKey, const Finding *> Now;
        for (const Finding &F : D.Verdict->Findings)
          Now.emplace(keyOf(F), &F);
        for (auto It = Opened.begin(); It != Opened.end();)
          if (!Now.count(It->first)) {
            Intervals[It->second].FixedAt = C;
            Intervals[It->second].GoneBecause = Unsure;
            It = Opened.erase(It);
          } else {
            ++It;
          }
        for (const auto &[Key, F] : Now)
          if (!Opened.count(Key)) {
            Interval I;
            I.Arch = Arch;
            I.Key = Key;
            I.First = F;
            I.From = C;
            if (!Seen) {
              const AuditCommit &First = A.Commits[C];
              if (First.Boundary)
                I.PresentBecause = "history stops here: shallow clone";
              else if (C != 0)
                I.PresentBecause = "earlier revisions could not be analyzed";
              else if (First.Before)
                I.PresentBecause = "where the range starts";
              else if (!First.Root)
                I.PresentBecause = "first commit of the range";
            } else {
              I.PresentBecause = Unsure;
            }
            Opened[Key] = Intervals.size();
            Intervals.push_back(std::move(I));
          }
        Seen = true;
        AfterFailed.reset();
      }
      Open += Opened.size();
    }
    llvm::sort(Intervals, [&](const Interval &X, const Interval &Y) {
      return std::tie(X.Arch, X.Key, X.From) < std::tie(Y.Arch, Y.Key, Y.From);
    });
  }

  /// Commits on \p Tip but not on the audited tip that say which commit
  /// they were cherry-picked from: original id -> the pick.
  std::map<std::string, std::string> cherryPicks(const std::string &Tip) {
    std::map<std::string, std::string> Picks;
    Expected<std::string> Log =
        runGit({"-C", A.Top, "log", "--format=%x00%H%n%B", Tip, "--not",
                A.TipId});
    if (!Log) {
      consumeError(Log.takeError());
      return Picks;
    }
    Regex Picked("\\(cherry picked from commit ([0-9a-f]{7,40})\\)");
    SmallVector<StringRef, 0> Records;
    StringRef(*Log).split(Records, '\0', -1, false);
    for (StringRef R : Records) {
      auto [Id, Body] = R.split('\n');
      SmallVector<StringRef, 2> M;
      while (Picked.match(Body, &M)) {
        Picks.emplace(M[1].str(), Id.str());
        Body = Body.substr(Body.find(M[0]) + M[0].size());
      }
    }
    return Picks;
  }

  bool isAncestor(const std::string &Commit, const std::string &Tip) {
    Expected<std::string> Out = runGit(
        {"-C", A.Top, "merge-base", "--is-ancestor", Commit, Tip});
    if (!Out) {
      consumeError(Out.takeError());
      return false;
    }
    return true;
  }

  void branches() {
    for (size_t C = A.LineCount; C < A.Commits.size(); ++C) {
      const AuditCommit &Tip = A.Commits[C];
      std::map<std::string, std::string> Picks = cherryPicks(Tip.Id);
      std::vector<BranchLine> &Lines = Branches[C];
      for (size_t Arch = 0; Arch < A.Arches.size(); ++Arch) {
        const RevisionVerdict *V = A.Arches[Arch].At.at(C).Verdict;
        if (V->K == RevisionVerdict::Failed) {
          BranchLine L;
          L.Arch = Arch;
          L.K = BranchLine::Unanalyzable;
          L.Reason = V->Reason;
          Lines.push_back(L);
          continue;
        }
        std::set<FindingKey> Carried;
        for (const Finding &F : V->Findings)
          Carried.insert(keyOf(F));
        // The fix of each finding of the line, and whether it got there.
        std::map<FindingKey, std::string> FixOf;
        for (const Interval &I : Intervals)
          if (I.Arch == Arch && I.FixedAt)
            FixOf[I.Key] = A.Commits[*I.FixedAt].Id;
        for (const FindingKey &K : Carried) {
          BranchLine L;
          L.Arch = Arch;
          L.Key = K;
          L.K = BranchLine::Carries;
          L.OnLine = any_of(Intervals, [&](const Interval &I) {
            return I.Arch == Arch && I.Key == K;
          });
          if (auto It = FixOf.find(K); It != FixOf.end()) {
            L.Fix = It->second;
            // The fix is there, and the finding came back after it.
            if (isAncestor(L.Fix, Tip.Id))
              L.K = BranchLine::Reintroduced;
          }
          Lines.push_back(L);
          ++OnBranches;
        }
        for (const auto &KF : FixOf) {
          const std::string &Fix = KF.second;
          if (Carried.count(KF.first))
            continue;
          BranchLine L;
          L.Arch = Arch;
          L.Key = KF.first;
          L.Fix = Fix;
          auto Pick = find_if(Picks, [&](const auto &P) {
            return StringRef(Fix).starts_with(P.first);
          });
          if (Pick != Picks.end()) {
            L.K = BranchLine::CherryPicked;
            L.By = Pick->second;
          } else if (isAncestor(Fix, Tip.Id)) {
            L.K = BranchLine::HasFix;
          } else {
            continue; // Never had it, as far as the audit can tell.
          }
          Lines.push_back(L);
        }
      }
    }
  }

  std::string name(const BranchLine &L) const {
    return A.Arches[L.Arch].Rule->Arch + " " + L.Key.Function +
           (L.Key.Field.empty() ? "" : " " + L.Key.Field);
  }

  static std::string commitLine(const AuditCommit &C) {
    return shortId(C.Id) + " " + C.Date + " " + C.Subject;
  }

  void text(raw_ostream &OS) const {
    for (size_t N = 0; N < Intervals.size(); ++N) {
      const Interval &I = Intervals[N];
      // Each finding's heading once, then its intervals.
      if (N == 0 || Intervals[N - 1].Arch != I.Arch ||
          !(Intervals[N - 1].Key == I.Key))
        OS << A.Arches[I.Arch].Rule->Arch << " " << I.Key.Function << " ("
           << I.Key.File << "): " << I.First->Message << "\n";
      const AuditCommit &From = A.Commits[I.From];
      if (I.PresentBecause.empty())
        OS << "  introduced " << commitLine(From) << "\n";
      else
        OS << "  present at " << commitLine(From) << " (" << I.PresentBecause
           << ")\n";
      if (I.FixedAt && I.GoneBecause.empty())
        OS << "  fixed " << commitLine(A.Commits[*I.FixedAt]) << "\n";
      else if (I.FixedAt)
        OS << "  gone at " << commitLine(A.Commits[*I.FixedAt]) << " ("
           << I.GoneBecause << ")\n";
      else
        OS << "  still open at " << A.TipName << "\n";
    }
    if (Intervals.empty())
      OS << "no finding in any revision audited\n";
    for (auto [Arch, C] : Unanalyzable)
      OS << "could not analyze " << A.Arches[Arch].Rule->Arch << " at "
         << commitLine(A.Commits[C]) << ": "
         << A.Arches[Arch].At.at(C).Verdict->Reason << "\n";
    for (const auto &[C, Lines] : Branches) {
      const AuditCommit &Tip = A.Commits[C];
      OS << Tip.Ref << " (" << shortId(Tip.Id) << "):";
      if (Lines.empty())
        OS << " clean";
      OS << "\n";
      for (const BranchLine &L : Lines) {
        OS << "  ";
        switch (L.K) {
        case BranchLine::Carries:
          OS << "carries " << name(L);
          if (!L.Fix.empty())
            OS << "; its fix " << shortId(L.Fix) << " is not on it";
          else if (!L.OnLine)
            OS << " (not on " << A.TipName << ")";
          break;
        case BranchLine::Reintroduced:
          OS << "carries " << name(L) << ": reintroduced after its fix "
             << shortId(L.Fix) << ", which is on it";
          break;
        case BranchLine::HasFix:
          OS << name(L) << " fixed: it has " << shortId(L.Fix);
          break;
        case BranchLine::CherryPicked:
          OS << name(L) << " fixed by " << shortId(L.By)
             << " (cherry picked from commit " << shortId(L.Fix) << ")";
          break;
        case BranchLine::Unanalyzable:
          OS << "could not analyze " << A.Arches[L.Arch].Rule->Arch
             << " at its tip: " << L.Reason;
          break;
        }
        OS << "\n";
      }
    }
  }

  json::Object commitJson(const AuditCommit &C) const {
    return json::Object{
        {"commit", C.Id}, {"date", C.Date}, {"subject", C.Subject}};
  }

  static const char *verdictName(RevisionVerdict::Kind K) {
    switch (K) {
    case RevisionVerdict::Clean:
      return "clean";
    case RevisionVerdict::Found:
      return "finding";
    case RevisionVerdict::NoCode:
      return "no code";
    case RevisionVerdict::Failed:
      return "could not analyze";
    }
    return "";
  }

  json::Value verdictJson(size_t Arch, size_t C) const {
    const ArchHistory::Decision &D = A.Arches[Arch].At.at(C);
    json::Object O = commitJson(A.Commits[C]);
    O["arch"] = A.Arches[Arch].Rule->Arch;
    O["verdict"] = verdictName(D.Verdict->K);
    if (A.Commits[C].Before)
      O["range_starts_here"] = true;
    json::Array Findings;
    for (const Finding &F : D.Verdict->Findings)
      Findings.push_back(json::Object{{"function", F.Function},
                                      {"file", F.Where.File},
                                      {"line", F.Where.Line},
                                      {"message", F.Message}});
    O["findings"] = std::move(Findings);
    if (D.Verdict->K == RevisionVerdict::Failed)
      O["reason"] = D.Verdict->Reason;
    if (D.FromCache)
      O["same_as"] = D.Verdict->Commit;
    return O;
  }

  json::Value toJson() const {
    json::Array Revisions, Ivs, Brs;
    for (size_t Arch = 0; Arch < A.Arches.size(); ++Arch)
      for (const auto &[C, D] : A.Arches[Arch].At)
        if (C < A.LineCount)
          Revisions.push_back(verdictJson(Arch, C));
    for (const Interval &I : Intervals) {
      json::Object O{{"arch", A.Arches[I.Arch].Rule->Arch},
                     {"checker", I.First->Checker},
                     {"function", I.Key.Function},
                     {"file", I.Key.File},
                     {"message", I.First->Message}};
      O[I.PresentBecause.empty() ? "introduced" : "present_at"] =
          commitJson(A.Commits[I.From]);
      if (!I.PresentBecause.empty())
        O["present_because"] = I.PresentBecause;
      bool Fixed = I.FixedAt && I.GoneBecause.empty();
      O["fixed"] = Fixed ? json::Value(commitJson(A.Commits[*I.FixedAt]))
                         : json::Value(nullptr);
      if (I.FixedAt && !Fixed) {
        O["gone_at"] = commitJson(A.Commits[*I.FixedAt]);
        O["gone_because"] = I.GoneBecause;
      }
      O["still_open_at"] =
          I.FixedAt ? json::Value(nullptr) : json::Value(A.TipName);
      Ivs.push_back(std::move(O));
    }
    for (const auto &[C, Lines] : Branches) {
      json::Array Ls;
      for (const BranchLine &L : Lines) {
        static const char *Kinds[] = {"carries", "reintroduced", "has fix",
                                      "cherry-picked", "could not analyze"};
        json::Object O{{"arch", A.Arches[L.Arch].Rule->Arch},
                       {"status", Kinds[L.K]}};
        if (L.K != BranchLine::Unanalyzable)
          O["function"] = L.Key.Function;
        if (!L.Fix.empty())
          O["fix"] = L.Fix;
        if (!L.By.empty())
          O["cherry_picked_by"] = L.By;
        if (!L.Reason.empty())
          O["reason"] = L.Reason;
        Ls.push_back(std::move(O));
      }
      json::Object B{{"ref", A.Commits[C].Ref}, {"tip", A.Commits[C].Id},
                     {"findings", std::move(Ls)}};
      Brs.push_back(std::move(B));
    }
    return json::Object{{"repository", A.Top},
                        {"path", A.SysPath},
                        {"tip", A.TipName},
                        {"commits", rangeCommits(A)},
                        {"analyzed", A.Analyzed},
                        {"from_cache", A.FromCache},
                        {"revisions", std::move(Revisions)},
                        {"intervals", std::move(Ivs)},
                        {"branches", std::move(Brs)},
                        {"warnings", json::Array(A.Warnings)}};
  }
};

} // namespace

int pcbcheck::reportHistory(const Audit &A, bool Json, raw_ostream &Out,
                            raw_ostream &Err) {
  Report R(A);
  R.intervals();
  R.branches();
  for (const std::string &W : A.Warnings)
    Err << "pcbcheck: warning: " << W << "\n";
  for (size_t C = 0; C < A.LineCount; ++C)
    if (A.Commits[C].Boundary)
      Err << "pcbcheck: note: shallow clone: history stops at "
          << shortId(A.Commits[C].Id) << " " << A.Commits[C].Date
          << "; a finding there is 'present at', not 'introduced'\n";
  if (Json)
    Out << formatv("{0:2}", R.toJson()) << "\n";
  else
    R.text(Out);
  Out.flush();
  unsigned Audited = 0, Failed = R.Unanalyzable.size();
  for (const ArchHistory &H : A.Arches)
    for (const auto &[C, D] : H.At)
      Audited += C < A.LineCount && D.Verdict->K != RevisionVerdict::Failed;
  Err << "pcbcheck: history of " << (A.SysPath.empty() ? "." : A.SysPath)
      << "/ at " << A.TipName << ": " << rangeCommits(A)
      << (rangeCommits(A) == 1 ? " commit" : " commits") << ", " << A.Analyzed
      << " analyses, " << A.FromCache << " answered from the cache";
  if (Failed)
    Err << ", " << Failed << " could not be analyzed";
  Err << "; " << R.Open << (R.Open == 1 ? " finding" : " findings")
      << " open at " << A.TipName;
  if (A.Commits.size() > A.LineCount)
    Err << ", " << R.OnBranches << " on branch tips";
  Err << "\n";
  if (!Audited) {
    Err << "pcbcheck: error: --history: no revision could be audited\n";
    return 2;
  }
  // What is open at the tip is known only where the tip was analyzed:
  // never "clean" from a revision that was not.
  std::vector<std::string> Unknown;
  for (const ArchHistory &H : A.Arches)
    if (auto It = H.At.find(A.LineCount - 1);
        A.LineCount && It != H.At.end() &&
        It->second.Verdict->K == RevisionVerdict::Failed)
      Unknown.push_back(H.Rule->Arch);
  if (!Unknown.empty()) {
    Err << "pcbcheck: error: --history: " << join(Unknown, ", ")
        << " could not be analyzed at " << A.TipName
        << ", so what is open there is unknown\n";
    return 2;
  }
  return R.Open || R.OnBranches ? 1 : 0;
}
