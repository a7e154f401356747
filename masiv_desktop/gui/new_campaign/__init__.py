"""The new-campaign guided flow (a QWizard, one module per page): file → sheet → phone
column → validation → message → schedule → review. `NewCampaignWizard` is the entry point."""

from masiv_desktop.gui.new_campaign.wizard import NewCampaignWizard

__all__ = ["NewCampaignWizard"]
