"""Engine: discovery, selection, suppression, fixes and the run itself."""
