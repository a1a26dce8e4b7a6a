## Svenska (sv-SE): translation pending (issue 6); English is shown meanwhile.
