"""Team orienteering with time windows on Google OR-Tools, domain-free.

>>> from solvers import Problem, Site, Team, SolveParams, solve
>>> solution = solve(problem, params=SolveParams(time_limit=10.0, seed=0))   # doctest: +SKIP
>>> solution.verify(problem)                                                 # doctest: +SKIP

* :class:`Problem` -- sites (score, service, windows, allowed teams, required), teams (start,
  end, shift, breaks, locked prefix) and an integer travel-time matrix, all in seconds.
* :func:`solve` -- greedy insertion gives a first plan at once, then a large-neighbourhood
  search with OR-Tools local-search descents improves it until ``params`` or ``stop`` says so.
* :func:`time_route` -- the schedule of one given order of sites, timed as the search times
  its routes (for routes edited by hand).
* :class:`Solution` -- ``routes`` (one :class:`Route` per team, with :class:`Visit` times and
  breaks), ``score``, ``unvisited`` (site -> :class:`Reason`), and :meth:`Solution.verify`.
* Stopping: :class:`TimeLimit`, :class:`MaxIterations`, :class:`NoImprovement`,
  :class:`Cancel` (a threading or multiprocessing Event), :class:`FirstOf`.
* Progress: subclass :class:`Callbacks` (``on_start``, ``on_improvement``, ``on_end``).

See docs/solvers.md for the design and measured quality.
"""

from solvers.callbacks import Callbacks
from solvers.params import SolveParams
from solvers.problem import HORIZON, Break, Problem, ProblemError, Site, Team
from solvers.solution import InfeasibleError, Reason, Route, Solution, SolutionError, Visit
from solvers.solve import solve
from solvers.stop import Cancel, FirstOf, MaxIterations, NoImprovement, StoppingCriterion, TimeLimit
from solvers.timed_route import time_route

__all__ = [
    "HORIZON",
    "Break",
    "Callbacks",
    "Cancel",
    "FirstOf",
    "InfeasibleError",
    "MaxIterations",
    "NoImprovement",
    "Problem",
    "ProblemError",
    "Reason",
    "Route",
    "Site",
    "Solution",
    "SolutionError",
    "SolveParams",
    "StoppingCriterion",
    "Team",
    "TimeLimit",
    "Visit",
    "solve",
    "time_route",
]
