## Nederlands (nl-NL): translation pending (issue 6); English is shown meanwhile.
