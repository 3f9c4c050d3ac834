"""One FilterSet per list; the page, its CSV export and the API use the same one."""
