"""Planning services: team formation, deployment, station selection, routes, the plan."""
