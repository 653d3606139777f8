"""Service status: announcements (incidents, maintenance, notices), the status they cause,
the status pages, the banner and the feeds people subscribe to.

The component (:data:`kbgen.status.component.STATUS`) declares all of it; importing this
package registers nothing.
"""
