# placeholder: the runtime core provides this template
