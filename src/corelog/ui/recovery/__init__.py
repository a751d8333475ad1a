"""The Recovery page: log soreness on a body map and get guidance from the documents.

``page.RecoveryPage`` is the page; ``body_map.BodyMap`` the clickable front and back
figures; ``form.SorenessFormWidget`` the soreness form; ``guidance_panel.GuidancePanel``
what CoreLog advises for an entry; ``entries`` the open entries and a region's history.
"""
