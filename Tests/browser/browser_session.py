"""Starting Debian's headless Chromium the way every browser test needs it: a phone-sized
window, no sandbox (the tests run as root in a container), and the logs a test asks for."""

import json

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def new_chromium(*, javascript=True, logs=("browser",), window="412,915"):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={window}"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {log: "ALL" for log in logs})
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def network_log_urls(driver):
    """Every URL the page asked for since the last call, failed requests included, from a browser
    started with `logs=("performance",)`; reading the log empties it."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
        elif message["method"] == "Network.webSocketCreated":
            urls.append(message["params"]["url"])
    return urls
